using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4006: the processor must remain fully liable to the controller for its sub-processors.</summary>
/// <remarks><para>GDPR Art. 28(4), last sentence: where the other processor fails to fulfil its obligations, "the initial
/// processor shall remain fully liable to the controller"; SCC 2021/915 Clause 7.7(d). Reported when sub-processors may be
/// engaged and the agreement does not state that liability, or excludes it.</para></remarks>
internal sealed class ProcessorNotFullyLiableRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4006",
        nameof(ProcessorNotFullyLiableRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "4"),
        LegalReference.Scc2021915("7.7", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (ObligationsNotFlowedDownRule.SubProcessingAllowed(terms) && terms.ProcessorFullyLiable != true)
        {
            context.Report(AgreementPaths.SubProcessing.ProcessorFullyLiable, terms.ProcessorFullyLiable is null ? ArgumentTexts.LiabilityNotStated : ArgumentTexts.LiabilityExcluded);
        }
    }
}
