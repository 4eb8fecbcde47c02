using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>DPA7008: the processor must notify the controller of every personal data breach it becomes aware of.</summary>
/// <remarks>
/// <para>GDPR Art. 33(2): the processor notifies the controller "after becoming aware of a personal data breach" — any
/// breach within Art. 4(12), with no threshold. The risk assessment is the controller's: Art. 33(1) exempts from
/// notifying the authority only breaches "unlikely to result in a risk", a judgement the controller makes and documents,
/// and Art. 33(5) makes it document every breach. Art. 28(3)(f) requires the processor's assistance with Art. 33. One
/// finding per stated limitation, at its place in <see cref="BreachTerms.Limitations"/>:</para>
/// <list type="bullet">
/// <item><description><see cref="BreachNotificationLimitation.AdverseConsequencesOnly"/> is an Error: the processor filters
/// breaches by their consequences, which is contrary to Art. 33(2) and leaves the controller unable to assess or document the
/// breaches it is not told of.</description></item>
/// <item><description><see cref="BreachNotificationLimitation.ActuallyOccurredOnly"/> is a Warning: Art. 33(2) too speaks of
/// a breach, not a suspicion, but a clause that excludes suspected breaches lets the processor wait for certainty, while a
/// controller is "aware" once it has a reasonable degree of certainty (EDPB Guidelines 9/2022 on personal data breach
/// notification) and its 72 hours may already run.</description></item>
/// </list>
/// <para>Only when a notification duty is agreed; otherwise DPA7001 reports.</para>
/// </remarks>
internal sealed class BreachNotificationNarrowedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA7008",
        nameof(BreachNotificationNarrowedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("33", "2"),
        LegalReference.Gdpr("28", "3", "f"),
        LegalReference.Gdpr("33", "5"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var breach = agreement.Breach;
        if (breach.NotificationDuty is not true)
        {
            return;
        }

        var limitations = breach.Limitations;
        for (var i = 0; i < limitations.Length; i++)
        {
            switch (limitations[i])
            {
                case BreachNotificationLimitation.AdverseConsequencesOnly:
                    context.Report(RuleSeverity.Error, AgreementPaths.Breach.Limitations.At(i), ArgumentTexts.OnlyAdverseBreaches);
                    break;
                case BreachNotificationLimitation.ActuallyOccurredOnly:
                    context.Report(RuleSeverity.Warning, AgreementPaths.Breach.Limitations.At(i), ArgumentTexts.OnlyOccurredBreaches);
                    break;
                default:
                    break;
            }
        }
    }
}
