using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>DPA2006: the agreement must state at least one category of data subjects.</summary>
/// <remarks><para>GDPR Art. 28(3): the contract sets out "categories of data subjects"; SCC 2021/915 Annex II asks for them. A blank or placeholder entry counts as not stated when the agreement is executed.</para></remarks>
internal sealed class DataSubjectCategoriesNotStatedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA2006",
        nameof(DataSubjectCategoriesNotStatedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Scc2021915("Annex II"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (!DescriptionEntries.AnyCounts(agreement.Processing.DataSubjects, agreement.Document.Status))
        {
            context.Report(AgreementPaths.Processing.DataSubjects.Path);
        }
    }
}
