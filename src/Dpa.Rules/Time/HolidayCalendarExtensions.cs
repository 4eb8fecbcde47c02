using System.Collections.Immutable;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>Working-day helpers for any <see cref="IHolidayCalendar"/>.</summary>
/// <remarks>
/// <para>A working day is a day other than a Saturday, a Sunday or a public holiday (EU Regulation 1182/71 Art. 2(2);
/// Algemene termijnenwet Art. 1(1)).</para>
/// </remarks>
public static class HolidayCalendarExtensions
{
    /// <summary>Gets whether <paramref name="date"/> is a public holiday in <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static bool IsHoliday(this IHolidayCalendar calendar, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.TryGetHoliday(date, out _);
    }

    /// <summary>Gets whether <paramref name="date"/> is a working day: not a Saturday, Sunday or public holiday.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static bool IsWorkingDay(this IHolidayCalendar calendar, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return !IsWeekend(date) && !calendar.TryGetHoliday(date, out _);
    }

    /// <summary>Gets the first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="date">The date to start after.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static LocalDate NextWorkingDay(this IHolidayCalendar calendar, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var next = date.PlusDays(1);
        while (!calendar.IsWorkingDay(next))
        {
            next = next.PlusDays(1);
        }

        return next;
    }

    /// <summary>Counts the working days from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="first">The first day counted.</param>
    /// <param name="last">The last day counted; zero is returned when it is before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static int CountWorkingDays(this IHolidayCalendar calendar, LocalDate first, LocalDate last)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var count = 0;
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Lists the holidays of <paramref name="year"/> in date order.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="year">The ISO year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9998.</exception>
    public static ImmutableArray<Holiday> HolidaysIn(this IHolidayCalendar calendar, int year)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Utility.Preconditions.CheckRange(year, 1, 9998);
        var builder = ImmutableArray.CreateBuilder<Holiday>();
        for (var day = new LocalDate(year, 1, 1); day.Year == year; day = day.PlusDays(1))
        {
            if (calendar.TryGetHoliday(day, out var holiday))
            {
                builder.Add(holiday);
            }
        }

        return builder.ToImmutable();
    }

    internal static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
