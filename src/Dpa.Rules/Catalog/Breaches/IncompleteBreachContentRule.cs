using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>DPA7005: the processor's breach notification should contain every item of Art. 33(3)(a)–(d).</summary>
/// <remarks><para>GDPR Art. 33(3) lists the minimum content of the controller's notification: (a) the nature of the breach with
/// categories and approximate numbers of data subjects and records, (b) a contact point, (c) likely consequences, (d) measures
/// taken or proposed; SCC 2021/915 Clause 9.2 makes the processor's notification carry them so that the controller can.
/// One finding per missing point, naming it, so that each can be fixed and suppressed on its own. Only when a notification
/// duty is agreed; otherwise DPA7001 reports. A duty to give all the information the controller needs for its own
/// notification (<see cref="BreachTerms.AllInformationForNotification"/>) covers Art. 33(3) by reference: nothing is missing.</para></remarks>
internal sealed class IncompleteBreachContentRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA7005",
        nameof(IncompleteBreachContentRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("33", "3"),
        LegalReference.Scc2021915("9.2"));

    private const int AllPoints = (1 << (int)BreachContentItem.NatureAndScale) | (1 << (int)BreachContentItem.ContactPoint)
        | (1 << (int)BreachContentItem.LikelyConsequences) | (1 << (int)BreachContentItem.Measures);

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var breach = agreement.Breach;
        if (breach.NotificationDuty is not true || breach.AllInformationForNotification is true)
        {
            return;
        }

        // One bit per point (a)–(d), numbered as the enum: cheaper than a switch over each item on the clean path.
        var covered = 0;
        foreach (var item in breach.Content.AsSpan())
        {
            if ((uint)item <= (uint)BreachContentItem.Measures)
            {
                covered |= 1 << (int)item;
            }
        }

        if (covered == AllPoints)
        {
            return;
        }

        Check(context, covered, BreachContentItem.NatureAndScale, "a");
        Check(context, covered, BreachContentItem.ContactPoint, "b");
        Check(context, covered, BreachContentItem.LikelyConsequences, "c");
        Check(context, covered, BreachContentItem.Measures, "d");
    }

    private static void Check(RuleContext context, int covered, BreachContentItem item, string point)
    {
        if ((covered & (1 << (int)item)) == 0)
        {
            context.Report(AgreementPaths.Breach.Content.Path, point);
        }
    }
}
