using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4011: two clauses of one agreement state different regimes for sub-processors.</summary>
/// <remarks><para>GDPR Art. 28(2): the processor engages another processor only with the controller's "prior specific or
/// general written authorisation", and SCC 2021/915 Clause 7.7(a) has the parties choose Option 1 or Option 2. A contract
/// that grants a general authorisation in one clause and requires specific consent (or forbids sub-processors) in another
/// states both elements, but which one binds is left to interpretation: a risk a reviewer raises, a Warning. The other rules
/// of the category check the conditions of each stated regime.</para></remarks>
internal sealed class ContradictorySubProcessorRegimesRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4011",
        nameof(ContradictorySubProcessorRegimesRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "2"),
        LegalReference.Scc2021915("7.7", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (terms is { Authorisation: { } regime, OtherAuthorisation: { } other } && regime != other)
        {
            context.Report(
                Rule.DefaultSeverity,
                [AgreementPaths.SubProcessing.OtherAuthorisation, AgreementPaths.SubProcessing.Authorisation],
                [],
                RegimeText(regime),
                RegimeText(other));
        }
    }

    private static ArgumentText RegimeText(SubProcessorAuthorisation regime) => regime switch
    {
        SubProcessorAuthorisation.General => ArgumentTexts.RegimeGeneral,
        SubProcessorAuthorisation.Specific => ArgumentTexts.RegimeSpecific,
        _ => ArgumentTexts.RegimeNotAllowed,
    };
}
