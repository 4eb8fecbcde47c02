using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4009: under a general authorisation the processor must give notice of every intended sub-processor change,
/// not only of the changes it deems material.</summary>
/// <remarks><para>GDPR Art. 28(2), second sentence: "the processor shall inform the controller of any intended changes
/// concerning the addition or replacement of other processors, thereby giving the controller the opportunity to object to
/// such changes"; SCC 2021/915 Clause 7.7(a) Option 2 likewise covers "any intended changes of that list". A notice limited
/// to "material" (or "significant") changes lets the processor decide which changes the controller may object to, so it is
/// contrary to the article: an Error.</para></remarks>
internal sealed class NoticeOnlyOfMaterialChangesRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4009",
        nameof(NoticeOnlyOfMaterialChangesRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "2"),
        LegalReference.Scc2021915("7.7", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (SubProcessorRegimes.IncludesGeneral(terms) && terms.ChangeNotice is { Scope: NoticeScope.MaterialChangesOnly })
        {
            context.Report(AgreementPaths.SubProcessing.ChangeNotice.Scope);
        }
    }
}
