using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>DPA2007: the agreement must set out the obligations and rights of the controller.</summary>
/// <remarks><para>GDPR Art. 28(3), first subparagraph: the contract sets out "the obligations and rights of the controller"; SCC
/// 2021/915 Clause 7 gives them (instructions, audits, the choice at the end). Reported when the agreement is not recorded
/// as setting them out (<c>processing.controllerRightsAndObligations</c> not <see langword="true"/>). An agreement that only
/// lists the processor's duties does not tell the controller what it may demand or must do (give documented instructions,
/// answer data subjects, notify breaches).</para></remarks>
internal sealed class ControllerRightsAndObligationsNotStatedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA2007",
        nameof(ControllerRightsAndObligationsNotStatedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Processing.ControllerRightsAndObligations != true)
        {
            context.Report(AgreementPaths.Processing.ControllerRightsAndObligations);
        }
    }
}
