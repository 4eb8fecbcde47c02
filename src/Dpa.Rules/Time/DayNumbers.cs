using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>ISO dates as day numbers: whole days since 1970-01-01 (negative before it).</summary>
/// <remarks>
/// <para>The working-day engine steps through integers instead of <see cref="LocalDate"/> values: adding a day, finding
/// the weekday and comparing two days are then single instructions. The conversion is the proleptic Gregorian
/// "days from civil" formula (H. Hinnant), valid for every year NodaTime's ISO calendar supports (-9998 to 9999), which a
/// test checks day by day against NodaTime.</para>
/// </remarks>
internal static class DayNumbers
{
    /// <summary>Gets the day number of <see cref="LocalDate.MinIsoValue"/>, -9998-01-01.</summary>
    public static readonly int MinValue = FromIsoDate(LocalDate.MinIsoValue);

    /// <summary>Gets the day number of <see cref="LocalDate.MaxIsoValue"/>, 9999-12-31.</summary>
    public static readonly int MaxValue = FromIsoDate(LocalDate.MaxIsoValue);

    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private const int DaysPer400Years = 146_097;

    // Day number of 0000-03-01, the start of the era the formula counts from (years begin on 1 March there, so that
    // the leap day is the last day of a year).
    private const int EraEpochOffset = 719_468;

    /// <summary>Gets the day number of an ISO date; the caller makes sure the date is in the ISO calendar.</summary>
    public static int FromIsoDate(LocalDate date)
    {
        var month = date.Month;
        var year = month <= 2 ? date.Year - 1 : date.Year;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5) + date.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * DaysPer400Years) + dayOfEra - EraEpochOffset;
    }

    /// <summary>Gets the ISO date of a day number from <see cref="MinValue"/> to <see cref="MaxValue"/>.</summary>
    /// <exception cref="OverflowException">The day is outside the calendar, as NodaTime's own date arithmetic reports it.</exception>
    public static LocalDate ToIsoDate(int dayNumber) =>
        dayNumber >= MinValue && dayNumber <= MaxValue
            ? Epoch.PlusDays(dayNumber)
            : throw new OverflowException("The day is outside the ISO calendar (-9998-01-01 to 9999-12-31).");

    /// <summary>Gets whether the day is a Saturday or a Sunday.</summary>
    public static bool IsWeekend(int dayNumber)
    {
        // Day 0 was a Thursday: shifted by 3, Monday is 0 and Saturday and Sunday are 5 and 6 (floor modulo for negatives).
        var dayOfWeek = (int)(((long)dayNumber + 3) % 7);
        if (dayOfWeek < 0)
        {
            dayOfWeek += 7;
        }

        return dayOfWeek >= 5;
    }
}
