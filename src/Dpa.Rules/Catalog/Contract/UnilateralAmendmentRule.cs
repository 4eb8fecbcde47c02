using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1006: the processor must not be able to change the agreement on its own, without the controller's approval or a way out.</summary>
/// <remarks><para>EDPB Guidelines 07/2020: a processor may not amend the agreement by publishing a new version; changes are
/// notified to and approved by the controller (confirmed; the paragraph number in the descriptor is to confirm). A
/// unilateral amendment right is acceptable to a reviewer only where the controller may object to the change or
/// terminate; an agreement that also requires both parties' written agreement for amendments does not give the processor
/// that power.</para></remarks>
internal sealed class UnilateralAmendmentRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1006",
        nameof(UnilateralAmendmentRule),
        RuleSeverity.Warning,
        LegalReference.EdpbGuidelines072020("112"),
        LegalReference.Gdpr("28", "3"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.Amendments;
        if (terms.ProcessorMayAmendUnilaterally == true
            && terms.ControllerMayObjectOrTerminate != true
            && terms.RequiresWrittenAgreement != true)
        {
            context.Report(AgreementPaths.Amendments.ControllerMayObjectOrTerminate);
        }
    }
}
