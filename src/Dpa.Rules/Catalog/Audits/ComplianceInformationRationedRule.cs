using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8010: the controller should be able to ask for compliance information whenever it needs it, not only once per
/// period.</summary>
/// <remarks><para>GDPR Art. 28(3)(h) has the processor make available "all information necessary to demonstrate compliance",
/// without a limit on how often; SCC 2021/915 Clause 7.6(b) has it deal "promptly and adequately" with the controller's
/// inquiries. The controller needs the information when a breach, a data subject's request, a DPIA or a supervisory authority
/// calls for it, not on a calendar. Reported when the agreement lets the controller ask only once per period
/// (<see cref="AuditTerms.InformationFrequency"/>) with no exception for good reason; a cap that yields to good reason
/// (<see cref="AuditTerms.InformationFrequencyExceptions"/>) is not. Warning: the duty is there, rationed.</para></remarks>
internal sealed class ComplianceInformationRationedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8010",
        nameof(ComplianceInformationRationedRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "b"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var audits = agreement.Audits;
        if (audits.InformationFrequency is { Count: > 0 } interval && audits.InformationFrequencyExceptions is not true)
        {
            context.Report(AgreementPaths.Audits.InformationFrequency, interval);
        }
    }
}
