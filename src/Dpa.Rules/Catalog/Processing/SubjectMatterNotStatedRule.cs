using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>DPA2001: the agreement must state the subject-matter of the processing.</summary>
/// <remarks><para>GDPR Art. 28(3): the contract sets out "the subject-matter and duration of the processing". A blank or placeholder entry counts as not stated when the agreement is executed.</para></remarks>
internal sealed class SubjectMatterNotStatedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA2001",
        nameof(SubjectMatterNotStatedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Scc2021915("Annex II"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (!DescriptionEntries.Counts(agreement.Processing.SubjectMatter, agreement.Document.Status))
        {
            context.Report(AgreementPaths.Processing.SubjectMatter);
        }
    }
}
