using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9003: personal data may be kept beyond the end only where Union or member-state law requires it.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(g): deletion and return apply "unless Union or Member State law requires storage of the personal
/// data"; SCC 2021/915 Clause 10(d) alike. Each retention exception is judged at
/// <c>$.endOfProcessing.retentionExceptions[i]</c>:</para>
/// <list type="bullet">
/// <item><description>the processor's own policy or interest (<see cref="RetentionBasis.ProcessorPolicy"/>) has no basis,
/// and a processor that keeps data for its own purposes acts as a controller for that processing (Art. 28(10)): error;</description></item>
/// <item><description>the law of a third country (<see cref="RetentionBasis.ThirdCountryLaw"/>) is not Union or member-state
/// law: error;</description></item>
/// <item><description>any obligation that applies to the processor, legal or contractual
/// (<see cref="RetentionBasis.AnyObligation"/>), reaches beyond law altogether: error;</description></item>
/// <item><description>a legal obligation without saying whose law (<see cref="RetentionBasis.UnspecifiedLaw"/>) is the
/// exception the article allows, stated more widely than it — it may cover a third country's law: warning.</description></item>
/// </list>
/// <para>Union or member-state law and the controller's instruction are not reported.</para>
/// </remarks>
internal sealed class RetentionBeyondUnionOrMemberStateLawRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9003",
        nameof(RetentionBeyondUnionOrMemberStateLawRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Gdpr("28", "10"),
        LegalReference.Scc2021915("10", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var exceptions = agreement.EndOfProcessing.RetentionExceptions;
        for (var i = 0; i < exceptions.Length; i++)
        {
            switch (exceptions[i])
            {
                case RetentionBasis.ProcessorPolicy:
                    context.Report(AgreementPaths.EndOfProcessing.RetentionExceptions.At(i), ArgumentTexts.ProcessorsOwnPolicy);
                    break;
                case RetentionBasis.ThirdCountryLaw:
                    context.Report(AgreementPaths.EndOfProcessing.RetentionExceptions.At(i), ArgumentTexts.ThirdCountryLaw);
                    break;
                case RetentionBasis.AnyObligation:
                    context.Report(AgreementPaths.EndOfProcessing.RetentionExceptions.At(i), ArgumentTexts.AnyObligation);
                    break;
                case RetentionBasis.UnspecifiedLaw:
                    context.Report(RuleSeverity.Warning, AgreementPaths.EndOfProcessing.RetentionExceptions.At(i), ArgumentTexts.UnspecifiedLaw);
                    break;
            }
        }
    }
}
