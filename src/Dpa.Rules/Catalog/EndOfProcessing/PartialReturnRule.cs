using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9011: a return at the end must cover all the personal data, not only part of them.</summary>
/// <remarks><para>GDPR Art. 28(3)(g): the processor "deletes or returns all the personal data to the controller"; SCC 2021/915
/// Clause 10(d): "return all the personal data". A return of only "the relevant documents", or of what the processor selects,
/// leaves the controller without the rest of the data it chose to get back. Error: contrary to the article's "all".</para></remarks>
internal sealed class PartialReturnRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9011",
        nameof(PartialReturnRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Scc2021915("10", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.EndOfProcessing.ReturnScope == ReturnScope.Partial)
        {
            context.Report(AgreementPaths.EndOfProcessing.ReturnScope);
        }
    }
}
