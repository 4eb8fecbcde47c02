using NodaTime;

namespace Dpa.Rules.Time;

/// <content>The weekend/holiday roll, the two-working-days rule and the expiry instant of day-based periods.</content>
public sealed partial class DeadlineCalculator
{
    /// <summary>Applies the roll to the first working day and the two-working-days rule with the calendar's cached
    /// working days (<see cref="CachingHolidayCalendar"/>).</summary>
    /// <remarks><para>"Includes at least two working days": among the days after the event day up to and including the last
    /// day (after the roll), at least one other than the last day must be a working day; otherwise the last day moves on to
    /// the next working day. The test project checks this exhaustively against a day-by-day scan written from the
    /// conventions' text.</para></remarks>
    private LocalDate Roll(LocalDate eventDate, LocalDate raw, bool needsTwoWorkingDays, ref DeadlineAdjustments adjustments)
    {
        var table = _workingDays;
        var rawDay = DayNumbers.FromIsoDate(ToIso(raw));
        var lastDay = rawDay;
        var made = DeadlineAdjustments.None;
        if (!table.IsWorkingDay(lastDay))
        {
            lastDay = table.FirstWorkingDayFrom(lastDay + 1);
            made |= DeadlineAdjustments.RolledToWorkingDay;
        }

        var firstCounted = DayNumbers.FromIsoDate(ToIso(eventDate)) + 1;
        if (needsTwoWorkingDays && lastDay <= DayNumbers.MaxValue && table.FirstWorkingDayFrom(firstCounted) >= lastDay)
        {
            lastDay = table.FirstWorkingDayFrom(lastDay + 1);
            made |= DeadlineAdjustments.ExtendedToTwoWorkingDays;
        }

        if (lastDay > DayNumbers.MaxValue)
        {
            // No working day is left before the end of the calendar.
            throw EndOfCalendar(new OverflowException("No working day follows before 9999-12-31."));
        }

        // The days looked at: from the raw end (the roll), and from the first counted day (the two-working-days rule).
        if (lastDay > table.CompleteThroughDayNumber
            || rawDay < table.CompleteFromDayNumber
            || (needsTwoWorkingDays && firstCounted < table.CompleteFromDayNumber))
        {
            made |= DeadlineAdjustments.HolidayDataIncomplete;
        }

        adjustments |= made;
        return lastDay == rawDay ? raw : raw.PlusDays(lastDay - rawDay);
    }

    // Dates of other calendar systems (rare) are counted on the ISO days they fall on.
    private static LocalDate ToIso(LocalDate date) =>
        ReferenceEquals(date.Calendar, CalendarSystem.Iso) ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>Gets the start of the day after <paramref name="last"/> in <see cref="Zone"/>.</summary>
    private Instant StartOfDayAfter(LocalDate last)
    {
        try
        {
            return _dayStarts.StartOfDay(DayNumbers.FromIsoDate(ToIso(last)) + 1);
        }
        catch (OverflowException ex)
        {
            throw EndOfCalendar(ex);
        }
    }
}
