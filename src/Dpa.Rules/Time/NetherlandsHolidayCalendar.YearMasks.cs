using NodaTime;

namespace Dpa.Rules.Time;

/// <content>The deadline engine's fast yes/no holiday test: one bit per day of the year.</content>
public sealed partial class NetherlandsHolidayCalendar
{
    // Built on first use of a year from TryGetHoliday itself, so the two answers can never disagree. Racing threads may
    // build the same year twice; both results are identical, so the last write wins harmlessly.
    private readonly ulong[]?[] _yearMasks = new ulong[]?[10_000];

    /// <summary>Gets whether <paramref name="day"/> is a holiday, without building its <see cref="Holiday"/>.</summary>
    /// <remarks><para>Allocation-free once the day's year has been seen; the working-day conventions call this for
    /// every day they step over.</para></remarks>
    internal bool IsHoliday(LocalDate day)
    {
        var year = day.Year;
        if (year < 1)
        {
            return TryGetHoliday(day, out _);
        }

        var masks = Volatile.Read(ref _yearMasks[year]) ?? BuildMasks(year);
        var index = day.DayOfYear - 1;
        return (masks[index >> 6] & (1UL << (index & 63))) != 0;
    }

    private ulong[] BuildMasks(int year)
    {
        var masks = new ulong[6];
        var first = new LocalDate(year, 1, 1);
        var days = CalendarSystem.Iso.GetDaysInYear(year);
        for (var index = 0; index < days; index++)
        {
            if (TryGetHoliday(first.PlusDays(index), out _))
            {
                masks[index >> 6] |= 1UL << (index & 63);
            }
        }

        Volatile.Write(ref _yearMasks[year], masks);
        return masks;
    }
}
