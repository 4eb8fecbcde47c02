using Dpa.Rules.Model;

namespace Dpa.Rules.Rules.EndOfProcessing;

/// <summary>Bounds on the length of a contractual period in days, for comparing periods of different units without a date.</summary>
/// <remarks>
/// <para>A month lasts 28 to 31 days and a year 365 or 366, so "one month" is not "30 days": a period is only certainly
/// shorter than another when its longest possible length is below the other's shortest. Rules that warn use these
/// certain comparisons, so that they never fire on a period that is fine in some months.</para>
/// </remarks>
internal static class PeriodBounds
{
    /// <summary>Gets the shortest length of <paramref name="period"/> in days (a month at least 28 days, a year 365).</summary>
    /// <param name="period">The period.</param>
    public static double MinimumDays(ContractualPeriod period) => period.Unit switch
    {
        PeriodUnit.Hours => period.Count / 24.0,
        PeriodUnit.Days => period.Count,
        PeriodUnit.Weeks => period.Count * 7.0,
        PeriodUnit.Months => period.Count * 28.0,
        _ => period.Count * 365.0,
    };

    /// <summary>Gets the longest length of <paramref name="period"/> in days (a month at most 31 days, a year 366).</summary>
    /// <param name="period">The period.</param>
    public static double MaximumDays(ContractualPeriod period) => period.ApproximateMaximumDays;

    /// <summary>Gets whether <paramref name="period"/> is shorter than <paramref name="other"/> whatever the dates.</summary>
    /// <param name="period">The period.</param>
    /// <param name="other">The period to compare with.</param>
    public static bool IsCertainlyShorter(ContractualPeriod period, ContractualPeriod other) =>
        MaximumDays(period) < MinimumDays(other);

    /// <summary>Gets whether <paramref name="period"/> is longer than <paramref name="other"/> whatever the dates.</summary>
    /// <param name="period">The period.</param>
    /// <param name="other">The period to compare with.</param>
    public static bool IsCertainlyLonger(ContractualPeriod period, ContractualPeriod other) =>
        MinimumDays(period) > MaximumDays(other);
}
