using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>DPA7003: the processor's breach deadline must fall inside the controller's 72 hours.</summary>
/// <remarks><para>GDPR Art. 33(1): the controller notifies the authority not later than 72 hours after having become aware;
/// the controller is aware when its processor is (the processor acts for it), so a processor deadline of 72 hours or more, or
/// one that runs from a later event than awareness ("once confirmed", "after investigation"), can consume or overrun the
/// controller's whole window. Art. 33(2): "after becoming aware". Each cause is reported at its own path.</para></remarks>
internal sealed class BreachDeadlineExceedsControllerWindowRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA7003",
        nameof(BreachDeadlineExceedsControllerWindowRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("33", "1"),
        LegalReference.Gdpr("33", "2"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var breach = agreement.Breach;
        if (breach.Deadline is { } deadline && BreachWindow.Length(deadline) >= BreachWindow.Controller)
        {
            context.Report(Rule.DefaultSeverity, AgreementPaths.Breach.Deadline, [new FindingFact("processorDeadline", deadline.ToString())]);
        }

        if (BreachWindow.StartsAfterAwareness(breach.Trigger))
        {
            // The JSON name of the trigger, so that the fact reads as the agreement states it.
            var trigger = breach.Trigger == BreachTrigger.Confirmation ? "confirmation" : "afterInvestigation";
            context.Report(Rule.DefaultSeverity, AgreementPaths.Breach.Trigger, [new FindingFact("trigger", trigger)]);
        }
    }
}
