using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>The controller's 72-hour window of GDPR Art. 33(1) and the processor's deadline as elapsed time on the time line.</summary>
/// <remarks><para>Hours are exact elapsed time (legal.md §6: never local-clock arithmetic, so a deadline across a DST change
/// is still 72 real hours). A deadline in days or weeks counts 24 hours a day, its nominal length; months and years count at
/// their shortest (28 and 365 days), which already exceeds 72 hours for a count of one.</para></remarks>
internal static class BreachWindow
{
    /// <summary>The controller's window to notify the supervisory authority (GDPR Art. 33(1)).</summary>
    public static readonly Duration Controller = Duration.FromHours(72);

    /// <summary>Gets a period's length as elapsed time.</summary>
    public static Duration Length(ContractualPeriod period) => period.Unit switch
    {
        PeriodUnit.Hours => Duration.FromHours(period.Count),
        PeriodUnit.Days => Duration.FromDays(period.Count),
        PeriodUnit.Weeks => Duration.FromDays(7L * period.Count),
        PeriodUnit.Months => Duration.FromDays(28L * period.Count),
        _ => Duration.FromDays(365L * period.Count),
    };

    /// <summary>Gets whether the period starts later than the processor's awareness of the breach.</summary>
    public static bool StartsAfterAwareness(BreachTrigger? trigger) =>
        trigger is BreachTrigger.Confirmation or BreachTrigger.AfterInvestigation;
}
