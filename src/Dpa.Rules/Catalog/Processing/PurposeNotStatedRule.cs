using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>DPA2004: the agreement must state at least one purpose of the processing.</summary>
/// <remarks><para>GDPR Art. 28(3): the contract sets out "the nature and purpose of the processing"; SCC 2021/915 Annex II asks for the purposes. A blank or placeholder entry counts as not stated when the agreement is executed.</para></remarks>
internal sealed class PurposeNotStatedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA2004",
        nameof(PurposeNotStatedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Scc2021915("Annex II"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (!DescriptionEntries.AnyCounts(agreement.Processing.Purposes, agreement.Document.Status))
        {
            context.Report(AgreementPaths.Processing.Purposes.Path);
        }
    }
}
