using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8001: the processor must make available all information necessary to demonstrate compliance.</summary>
/// <remarks><para>GDPR Art. 28(3)(h), first half; SCC 2021/915 Clause 7.6(c). The rule fires when the duty is denied or
/// not stated.</para></remarks>
internal sealed class MissingComplianceInformationDutyRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8001",
        nameof(MissingComplianceInformationDutyRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "c"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Audits.InformationDuty is not true)
        {
            context.Report(AgreementPaths.Audits.InformationDuty);
        }
    }
}
