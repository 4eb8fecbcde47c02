using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9002: at the end the processor must also delete existing copies, backups included.</summary>
/// <remarks><para>GDPR Art. 28(3)(g): the processor deletes or returns the data "and deletes existing copies unless Union or
/// Member State law requires storage"; SCC 2021/915 Clause 10(d). Reported when the agreement does not say so, or says
/// copies are kept.</para></remarks>
internal sealed class CopiesNotDeletedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9002",
        nameof(CopiesNotDeletedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Scc2021915("10", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.EndOfProcessing;
        var copiesDeleted = terms.CopiesDeleted;
        if (copiesDeleted == true)
        {
            return;
        }

        // "Deleted completely" without naming copies is there but weaker than 28(3)(g)'s "existing copies": a warning.
        if (copiesDeleted is null && terms.DeletionComplete == true)
        {
            context.Report(RuleSeverity.Warning, [AgreementPaths.EndOfProcessing.DeletionComplete, AgreementPaths.EndOfProcessing.CopiesDeleted], [], ArgumentTexts.CopiesNotNamed);
            return;
        }

        context.Report(AgreementPaths.EndOfProcessing.CopiesDeleted, copiesDeleted is null ? ArgumentTexts.CopiesNotStated : ArgumentTexts.CopiesKept);
    }
}
