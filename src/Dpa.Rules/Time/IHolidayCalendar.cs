using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>Tells which dates are public holidays for counting periods in one jurisdiction.</summary>
/// <remarks>
/// <para>Working days are all days other than Saturdays, Sundays and public holidays (EU Regulation 1182/71 Art. 2(2);
/// Algemene termijnenwet Art. 1(1)); the weekend is not part of this interface: see
/// <see cref="HolidayCalendarExtensions.IsWorkingDay(IHolidayCalendar, LocalDate)"/>.</para>
/// <para>Implementations must be immutable, thread-safe and should not allocate per lookup: the deadline engine calls
/// <see cref="TryGetHoliday(LocalDate, out Holiday)"/> on its hot path.</para>
/// </remarks>
public interface IHolidayCalendar
{
    /// <summary>Gets a short description of the calendar, e.g. <c>Netherlands (Algemene termijnenwet Art. 3)</c>.</summary>
    string Name { get; }

    /// <summary>Gets the last date for which the calendar is known to be complete.</summary>
    /// <remarks>
    /// <para>Holidays fixed by rule are known for every year, but days equated by a later act (such as a Royal Decree
    /// under Algemene termijnenwet Art. 3(3)) are not: after this date the calendar may miss holidays, and deadlines
    /// that depend on it say so instead of guessing.</para>
    /// </remarks>
    LocalDate CompleteThrough { get; }

    /// <summary>Gets the first date from which the calendar is known to be complete.</summary>
    /// <remarks>
    /// <para>The counterpart of <see cref="CompleteThrough"/>: days equated by a later act (such as a Royal Decree under
    /// Algemene termijnenwet Art. 3(3)) may also be missing before this date, when the calendar holds that data only for a
    /// range of years. A deadline whose counting looks at such days says so in its explanation
    /// (<see cref="Deadline.Explain"/>). The default, <see cref="LocalDate.MinIsoValue"/>, suits a calendar whose holidays are
    /// all fixed by rule, and keeps calendars written before this member compiling and behaving as before.</para>
    /// </remarks>
    LocalDate CompleteFrom => LocalDate.MinIsoValue;

    /// <summary>Gets the holiday on <paramref name="day"/>, if there is one.</summary>
    /// <param name="day">The date to look up (ISO calendar).</param>
    /// <param name="holiday">The holiday, or the default value when the date is not a holiday.</param>
    /// <returns><see langword="true"/> when <paramref name="day"/> is a public holiday.</returns>
    bool TryGetHoliday(LocalDate day, out Holiday holiday);
}
