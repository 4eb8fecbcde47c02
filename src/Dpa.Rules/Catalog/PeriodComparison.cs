using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog;

/// <summary>Compares contractual periods without a date: "is this period longer than that one, whatever the dates?".</summary>
/// <remarks>
/// <para>Months and years have no fixed length in days (a month lasts 28 to 31 days, a year 365 or 366), so "one month" is
/// not "30 days". Periods counted in the same kind of unit compare exactly: months with years (a year is twelve months),
/// and hours with days and weeks (a day is 24 hours). Across the two kinds a period is only certainly shorter than another
/// when its longest possible length is below the other's shortest. Rules that warn use these certain comparisons, so that
/// they never fire on a period that is fine in some months.</para>
/// </remarks>
internal static class PeriodComparison
{
    /// <summary>Gets the shortest length of <paramref name="period"/> in days (a month at least 28 days, a year 365).</summary>
    /// <param name="period">The period.</param>
    public static double MinimumDays(ContractualPeriod period) => period.Unit switch
    {
        PeriodUnit.Months => period.Count * 28.0,
        PeriodUnit.Years => period.Count * 365.0,
        _ => Hours(period) / 24.0,
    };

    /// <summary>Gets the longest length of <paramref name="period"/> in days (a month at most 31 days, a year 366).</summary>
    /// <param name="period">The period.</param>
    public static double MaximumDays(ContractualPeriod period) => period.ApproximateMaximumDays;

    /// <summary>Gets whether <paramref name="period"/> is shorter than <paramref name="other"/> whatever the dates.</summary>
    /// <param name="period">The period.</param>
    /// <param name="other">The period to compare with.</param>
    public static bool IsCertainlyShorter(ContractualPeriod period, ContractualPeriod other) => IsCertainlyLonger(other, period);

    /// <summary>Gets whether <paramref name="period"/> is longer than <paramref name="other"/> whatever the dates.</summary>
    /// <param name="period">The period.</param>
    /// <param name="other">The period to compare with.</param>
    public static bool IsCertainlyLonger(ContractualPeriod period, ContractualPeriod other)
    {
        var calendar = IsCalendarUnit(period);
        if (calendar == IsCalendarUnit(other))
        {
            return calendar ? Months(period) > Months(other) : Hours(period) > Hours(other);
        }

        return MinimumDays(period) > MaximumDays(other);
    }

    private static bool IsCalendarUnit(ContractualPeriod period) => period.Unit is PeriodUnit.Months or PeriodUnit.Years;

    private static long Months(ContractualPeriod period) => period.Unit == PeriodUnit.Years ? 12L * period.Count : period.Count;

    private static long Hours(ContractualPeriod period) => period.Unit switch
    {
        PeriodUnit.Hours => period.Count,
        PeriodUnit.Days => 24L * period.Count,
        _ => 168L * period.Count,
    };
}
