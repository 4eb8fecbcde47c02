using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8009: an audit should examine compliance with the agreement as a whole, not only the processor's records or
/// only the security measures.</summary>
/// <remarks><para>GDPR Art. 28(3)(h) ties the information and the audits to demonstrating compliance "with the obligations laid
/// down in this Article", and includes inspections; SCC 2021/915 Clause 7.6(c)–(d) provides for audits "of the processing
/// activities covered by these Clauses", which may include inspections at the processor's premises. An audit limited to the
/// records (the "administratie") cannot see whether the systems and processes do what the records say; one limited to the
/// security measures leaves out instructions, sub-processors, transfers and deletion. Warning: audits remain, narrowed. An
/// express exclusion of inspections is DPA8002's.</para></remarks>
internal sealed class AuditScopeLimitedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8009",
        nameof(AuditScopeLimitedRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "c"),
        LegalReference.Scc2021915("7.6", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        switch (agreement.Audits.Scope)
        {
            case AuditScope.RecordsOnly:
                context.Report(AgreementPaths.Audits.Scope, ArgumentTexts.ScopeRecords);
                break;
            case AuditScope.SecurityMeasuresOnly:
                context.Report(AgreementPaths.Audits.Scope, ArgumentTexts.ScopeSecurityMeasures);
                break;
        }
    }
}
