using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3011: the processor may depart from the controller's documented instructions only where Union or member-state
/// law requires it.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(a): the processor processes "only on documented instructions from the controller ..., unless required
/// to do so by Union or Member State law to which the processor is subject"; SCC 2021/915 Clause 7.1(a) says the same. That
/// is the one exception. Each wider ground the agreement gives (<c>instructions.exceptions</c>) is reported at its own
/// path:</para>
/// <list type="bullet">
/// <item><description>the processor's own judgement ("where it considers it necessary") — an Error: the processor, not the
/// controller, then decides what is processed, contrary to Art. 28(3)(a), and risks becoming a controller (Art. 28(10));</description></item>
/// <item><description>purposes "reasonably related" to the agreed ones — a Warning: the clause still ties the processing to the
/// controller's purposes, but leaves it to the processor to judge what is related; a reviewer asks to delete it or to
/// require the controller's prior written instruction;</description></item>
/// <item><description>"any applicable law", which includes the law of a third country — a Warning: a legal requirement, but
/// wider than the Union or member-state law Art. 28(3)(a) names (compare Art. 48 on third-country orders).</description></item>
/// </list>
/// </remarks>
internal sealed class InstructionCarveOutBeyondLawRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3011",
        nameof(InstructionCarveOutBeyondLawRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "a"),
        LegalReference.Scc2021915("7.1", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var exceptions = agreement.Instructions.Exceptions;
        for (var i = 0; i < exceptions.Length; i++)
        {
            switch (exceptions[i])
            {
                case InstructionCarveOut.ProcessorDiscretion:
                    context.Report(RuleSeverity.Error, AgreementPaths.Instructions.Exceptions.At(i), ArgumentTexts.WhereProcessorConsidersNecessary);
                    break;
                case InstructionCarveOut.RelatedPurposes:
                    context.Report(RuleSeverity.Warning, AgreementPaths.Instructions.Exceptions.At(i), ArgumentTexts.ForRelatedPurposes);
                    break;
                case InstructionCarveOut.AnyApplicableLaw:
                    context.Report(RuleSeverity.Warning, AgreementPaths.Instructions.Exceptions.At(i), ArgumentTexts.WhereAnyLawRequires);
                    break;
            }
        }
    }
}
