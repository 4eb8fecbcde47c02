using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4002: a general authorisation must come with a list of the sub-processors it covers.</summary>
/// <remarks><para>GDPR Art. 28(2) lets the controller object to changes, which presupposes that it knows who is engaged; SCC
/// 2021/915 Clause 7.7(a) Option 2 speaks of "an agreed list", and EDPB Opinion 22/2024 places the list in the contract or
/// an annex, kept current (the opinion is cited in the docs page; its paragraph is to confirm). An error when no sub-processor is named, the list is not kept in the agreement and no external
/// list address is given (e.g. names only "on request"); a warning when the agreement points to a list kept outside it
/// (a web address, or on request) — there is a list, but not in the contract.</para></remarks>
internal sealed class GeneralAuthorisationWithoutListRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4002",
        nameof(GeneralAuthorisationWithoutListRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "2"),
        LegalReference.Scc2021915("7.7", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (!SubProcessorRegimes.IncludesGeneral(terms) || terms.ListLocation == SubProcessorListLocation.InAgreement)
        {
            return;
        }

        var externalList = terms.ListLocation == SubProcessorListLocation.ExternalUrl && terms.ListUrl is { IsStated: true };
        if (terms.SubProcessors.IsEmpty && !externalList)
        {
            context.Report(AgreementPaths.SubProcessing.SubProcessors.Path, Describe(terms.ListLocation));
        }
        else if (terms.ListLocation is SubProcessorListLocation.ExternalUrl or SubProcessorListLocation.OnRequest)
        {
            // A list the processor keeps (and can change) outside the agreement is below Opinion 22/2024, not without a list.
            context.Report(RuleSeverity.Warning, AgreementPaths.SubProcessing.ListLocation, Describe(terms.ListLocation));
        }
    }

    private static ArgumentText Describe(SubProcessorListLocation? location) => location switch
    {
        SubProcessorListLocation.ExternalUrl => ArgumentTexts.ListOnWebPage,
        SubProcessorListLocation.OnRequest => ArgumentTexts.ListOnRequest,
        _ => ArgumentTexts.ListNotStated,
    };
}
