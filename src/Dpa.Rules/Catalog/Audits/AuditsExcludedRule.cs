using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8002: the processor must allow for and contribute to audits, including inspections.</summary>
/// <remarks><para>GDPR Art. 28(3)(h), second half; SCC 2021/915 Clause 7.6(c)–(d). The rule fires when audits are excluded or
/// the agreement does not provide for them. Audits limited to suspicion or to certifications are DPA8004's.</para></remarks>
internal sealed class AuditsExcludedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8002",
        nameof(AuditsExcludedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "c"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Audits.AuditsAllowed is not true)
        {
            context.Report(AgreementPaths.Audits.AuditsAllowed);
        }
    }
}
