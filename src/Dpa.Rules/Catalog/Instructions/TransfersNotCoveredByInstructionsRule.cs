using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3002: transfers of personal data to a third country must be made on the controller's documented instructions too.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(a): the processor processes "only on documented instructions from the controller, including with regard
/// to transfers of personal data to a third country or an international organisation"; SCC 2021/915 Clause 7.8(a). An Error when
/// the agreement does not make transfers subject to the controller's instructions (not stated, or stated not to).</para>
/// <para>A Warning when it does, but also lets the processor transfer without an instruction wherever a Chapter V mechanism is
/// available (an adequacy decision, the Commission's standard contractual clauses, "an adequate level of protection"):
/// the transfer then has a basis under Chapter V, but the controller no longer decides whether its data leave the EEA, nor
/// knows where they go (Art. 30(1)(e)). A permission for the controller's instruction, for a requirement of law or for
/// sub-processors the agreement itself lists is the controller's own documented decision and is not reported.</para>
/// </remarks>
internal sealed class TransfersNotCoveredByInstructionsRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3002",
        nameof(TransfersNotCoveredByInstructionsRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "a"),
        LegalReference.Scc2021915("7.8", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var covered = agreement.Instructions.InstructionsCoverTransfers;
        if (covered != true)
        {
            context.Report(AgreementPaths.Instructions.InstructionsCoverTransfers, covered is null ? ArgumentTexts.TransfersNotStated : ArgumentTexts.TransfersWithoutInstructions);
            return;
        }

        var permitted = agreement.Locations.PermittedOutsideWhen;
        for (var i = 0; i < permitted.Length; i++)
        {
            if (permitted[i] is TransferCondition.AdequacyDecision or TransferCondition.StandardContractualClauses or TransferCondition.AdequateProtectionUnspecified)
            {
                context.Report(
                    RuleSeverity.Warning,
                    [AgreementPaths.Locations.PermittedOutsideWhen.At(i), AgreementPaths.Instructions.InstructionsCoverTransfers],
                    [],
                    ArgumentTexts.TransfersWhereverMechanismAvailable);
                return;
            }
        }
    }
}
