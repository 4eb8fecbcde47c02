using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8004: audits should be possible at reasonable intervals, not only on suspicion of non-compliance.</summary>
/// <remarks><para>GDPR Art. 28(3)(h) requires the processor to allow for and contribute to audits without limiting the occasion;
/// SCC 2021/915 Clause 7.6(c) spells out "at reasonable intervals or if there are indications of non-compliance" — either
/// ground suffices. A suspicion the controller must first demonstrate is a higher bar still than "indications". This rests on
/// the GDPR and the SCCs: no EDPB text was found that calls audit-only-on-suspicion non-compliant. Audits only through
/// certifications are DPA8007's: the processor's report replaces the audit.</para></remarks>
internal sealed class AuditOnlyOnSuspicionRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8004",
        nameof(AuditOnlyOnSuspicionRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "c"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        switch (agreement.Audits.Condition)
        {
            case AuditCondition.OnlyOnSuspicion:
                context.Report(AgreementPaths.Audits.Condition, ArgumentTexts.OnSuspicion);
                break;
            case AuditCondition.OnlyOnDemonstratedSuspicion:
                context.Report(AgreementPaths.Audits.Condition, ArgumentTexts.OnDemonstratedSuspicion);
                break;
        }
    }
}
