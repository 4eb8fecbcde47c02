using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>DPA7004: after the processor's breach deadline the controller should keep a workable part of its 72 hours.</summary>
/// <remarks>
/// <para>GDPR Art. 33(1) gives the controller 72 hours from awareness; whatever the processor may use of them is lost to the
/// controller's own assessment and notification. Hours left = 72 − the processor's deadline, as elapsed time on the time line
/// (exact for hour periods, DST-independent). The rule fires when fewer hours are left than
/// <see cref="RuleThresholds.BreachControllerMargin"/> (48 hours by default); exactly the margin is enough. A deadline of
/// 72 hours or more, or one running from a later event than awareness, is DPA7003's; when the start is not stated the hours
/// left are counted from awareness, the reading most favourable to the contract, so the finding never overstates.</para>
/// </remarks>
internal sealed class BreachDeadlineLeavesLittleTimeRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA7004",
        nameof(BreachDeadlineLeavesLittleTimeRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("33", "1"),
        LegalReference.Gdpr("33", "2"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var breach = agreement.Breach;
        if (breach.Deadline is not { } deadline || BreachWindow.StartsAfterAwareness(breach.Trigger))
        {
            return;
        }

        var used = BreachWindow.Length(deadline);
        if (used >= BreachWindow.Controller)
        {
            return;
        }

        var left = BreachWindow.Controller - used;
        var margin = context.Thresholds.BreachControllerMargin;
        if (left >= BreachWindow.Length(margin))
        {
            return;
        }

        // Hour periods leave whole hours; a day-based deadline below 72 hours does too (24 or 48).
        var hoursLeft = (long)left.TotalHours;
        var hoursText = hoursLeft.ToString(CultureInfo.InvariantCulture);
        context.Report(
            Rule.DefaultSeverity,
            AgreementPaths.Breach.Deadline,
            [new FindingFact("processorDeadline", deadline.ToString()), new FindingFact("controllerHoursLeft", hoursText)],
            deadline,
            UnitCount.Hours(hoursLeft),
            margin);
    }
}
