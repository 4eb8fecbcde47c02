using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4005: sub-processors must be bound by the same data-protection obligations as the processor.</summary>
/// <remarks><para>GDPR Art. 28(4): "the same data protection obligations as set out in the contract … shall be imposed on that
/// other processor"; SCC 2021/915 Clause 7.7(b) ("in substance, the same"). Only "relevant" obligations, none, or silence
/// fall short. The rule applies when sub-processors may be engaged (a specific or general authorisation, or a named
/// sub-processor).</para></remarks>
internal sealed class ObligationsNotFlowedDownRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4005",
        nameof(ObligationsNotFlowedDownRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "4"),
        LegalReference.Scc2021915("7.7", "b"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (SubProcessingAllowed(terms) && terms.FlowDown != FlowDownScope.SameObligations)
        {
            // Some ("relevant") obligations flowed down is present but weaker than Art. 28(4)'s "same obligations": a warning.
            var severity = terms.FlowDown == FlowDownScope.PartialObligations ? RuleSeverity.Warning : Rule.DefaultSeverity;
            context.Report(severity, AgreementPaths.SubProcessing.FlowDown, terms.FlowDown switch
            {
                FlowDownScope.PartialObligations => ArgumentTexts.FlowDownPartial,
                FlowDownScope.None => ArgumentTexts.FlowDownNone,
                _ => ArgumentTexts.FlowDownNotStated,
            });
        }
    }

    /// <summary>Gets whether the agreement lets the processor engage sub-processors.</summary>
    /// <param name="terms">The sub-processing terms.</param>
    internal static bool SubProcessingAllowed(SubProcessingTerms terms) =>
        terms.Authorisation is SubProcessorAuthorisation.Specific or SubProcessorAuthorisation.General
        || terms.OtherAuthorisation is SubProcessorAuthorisation.Specific or SubProcessorAuthorisation.General
        || !terms.SubProcessors.IsEmpty;
}
