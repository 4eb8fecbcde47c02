using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4007: under specific authorisation the processor should request the controller's consent a stated time
/// before it engages a sub-processor.</summary>
/// <remarks><para>SCC 2021/915 Clause 7.7(a) Option 1: the processor "shall submit the request for specific authorisation
/// at least [SPECIFY TIME PERIOD] prior to the engagement of the sub-processor in question, together with the information
/// necessary to enable the controller to decide on the authorisation". GDPR Art. 28(2) asks for the prior authorisation
/// itself, not for a lead time, so a specific authorisation without one is weaker than the Commission's clauses: a Warning,
/// and the rule cites the clauses only.</para></remarks>
internal sealed class SpecificAuthorisationWithoutLeadTimeRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4007",
        nameof(SpecificAuthorisationWithoutLeadTimeRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021915("7.7", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (SubProcessorRegimes.IncludesSpecific(terms) && terms.RequestLeadTime is null)
        {
            context.Report(AgreementPaths.SubProcessing.RequestLeadTime);
        }
    }
}
