using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8002: the processor must allow for and contribute to audits, including inspections.</summary>
/// <remarks><para>GDPR Art. 28(3)(h), second half: "audits, including inspections"; SCC 2021/915 Clause 7.6(c)–(d), which
/// lets audits include "inspections at the premises or physical facilities of the processor". The rule fires when audits are
/// excluded or the agreement does not provide for them, and when audits are allowed but inspections are excluded. Audits
/// limited to suspicion are DPA8004's, to the processor's own reports DPA8007's, to the records or the security measures
/// DPA8009's.</para></remarks>
internal sealed class AuditsExcludedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8002",
        nameof(AuditsExcludedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "c"),
        LegalReference.Scc2021915("7.6", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var audits = agreement.Audits;
        if (audits.AuditsAllowed is not true)
        {
            context.Report(AgreementPaths.Audits.AuditsAllowed, ArgumentTexts.AuditsIncludingInspections);
        }
        else if (audits.InspectionsAllowed == false)
        {
            context.Report(AgreementPaths.Audits.InspectionsAllowed, ArgumentTexts.Inspections);
        }
    }
}
