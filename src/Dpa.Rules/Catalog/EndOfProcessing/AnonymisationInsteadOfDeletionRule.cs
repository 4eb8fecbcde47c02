using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9010: the processor may anonymise the personal data at the end instead of deleting them.</summary>
/// <remarks><para>GDPR Art. 28(3)(g) requires deletion or return of "all the personal data". Data that are truly anonymous are no
/// longer personal data (Recital 26), but anonymisation is hard: the Article 29 Working Party's Opinion 05/2014 on
/// anonymisation techniques shows how data believed anonymous can still single out, link or infer a person, and
/// pseudonymised data remain personal data (Art. 4(5), Recital 26). A clause that lets the processor anonymise instead of
/// delete leaves the judgement whether the result is anonymous to the processor, and the result with it — often for its own
/// statistics or product work, which makes it a controller for that processing (Art. 28(10)). Warning: deletion is
/// replaced by something that may be weaker.</para></remarks>
internal sealed class AnonymisationInsteadOfDeletionRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9010",
        nameof(AnonymisationInsteadOfDeletionRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Gdpr("4", "5"),
        LegalReference.Scc2021915("10", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.EndOfProcessing.AnonymisationInsteadOfDeletion == true)
        {
            context.Report(AgreementPaths.EndOfProcessing.AnonymisationInsteadOfDeletion);
        }
    }
}
