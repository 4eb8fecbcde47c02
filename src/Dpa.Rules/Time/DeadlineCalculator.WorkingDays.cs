using NodaTime;
using NodaTime.TimeZones;

namespace Dpa.Rules.Time;

/// <content>The weekend/holiday roll, the two-working-days rule and the expiry instant of day-based periods.</content>
public sealed partial class DeadlineCalculator
{
    private const long SecondsPerDay = 86_400;

    private static readonly Duration MaxOffset = Duration.FromHours(18);

    // The zone interval of the last expiry that fell well inside one (no offset change within 18 hours of local
    // midnight), shared by all threads: a reference write is atomic, any interval stored is one of this zone's, and every
    // use checks that it covers the day asked for. Storing an interval NodaTime already holds allocates nothing.
    private ZoneInterval? _expiryInterval;

    /// <summary>Applies the roll and the two-working-days rule by stepping through dates; for any calendar.</summary>
    /// <remarks><para>The reference algorithm: <see cref="RollWithTable"/> must give the same result, which tests check
    /// exhaustively against this method (through a calendar that is not a <see cref="NetherlandsHolidayCalendar"/>).</para></remarks>
    private static LocalDate RollByScanning(
        IHolidayCalendar holidays, LocalDate eventDate, LocalDate raw, bool needsTwoWorkingDays, ref DeadlineAdjustments adjustments)
    {
        // Days of the week are tracked as numbers (Monday = 1) while stepping, rather than recomputed per day.
        var last = raw;
        var lastDow = (int)last.DayOfWeek;
        if (!IsWorkingDay(holidays, last, lastDow))
        {
            do
            {
                last = last.PlusDays(1);
                lastDow = NextDow(lastDow);
            }
            while (!IsWorkingDay(holidays, last, lastDow));
            adjustments |= DeadlineAdjustments.RolledToWorkingDay;
        }

        if (needsTwoWorkingDays)
        {
            // The period consists of the days after the event day up to and including the last day; if fewer than
            // two of them are working days, the end moves on to the next working day until two are included. After
            // the roll the last day is itself a working day, so one more among the days before it is enough.
            var day = eventDate.PlusDays(1);
            var dow = (int)day.DayOfWeek;
            var another = false;
            while (day < last)
            {
                if (IsWorkingDay(holidays, day, dow))
                {
                    another = true;
                    break;
                }

                day = day.PlusDays(1);
                dow = NextDow(dow);
            }

            if (!another)
            {
                do
                {
                    last = last.PlusDays(1);
                    lastDow = NextDow(lastDow);
                }
                while (!IsWorkingDay(holidays, last, lastDow));
                adjustments |= DeadlineAdjustments.ExtendedToTwoWorkingDays;
            }
        }

        if (last > holidays.CompleteThrough)
        {
            adjustments |= DeadlineAdjustments.HolidayDataIncomplete;
        }

        return last;
    }

    /// <summary>Applies the roll and the two-working-days rule with the calendar's bit table: the same result as
    /// <see cref="RollByScanning"/>, with a few bit operations instead of a date step, weekday and lookup per day.</summary>
    private static LocalDate RollWithTable(
        NetherlandsHolidayCalendar holidays, LocalDate eventDate, LocalDate raw, bool needsTwoWorkingDays, ref DeadlineAdjustments adjustments)
    {
        var table = holidays.WorkingDays;
        var rawDay = DayNumbers.FromIsoDate(raw);
        var lastDay = rawDay;
        var made = DeadlineAdjustments.None;
        if (!table.IsWorkingDay(lastDay))
        {
            lastDay = table.FirstWorkingDayFrom(lastDay + 1);
            made |= DeadlineAdjustments.RolledToWorkingDay;
        }

        // As in RollByScanning: the period includes two working days when one of the days after the event day and
        // before the (working) last day is a working day.
        if (needsTwoWorkingDays && lastDay <= DayNumbers.MaxValue
            && table.FirstWorkingDayFrom(DayNumbers.FromIsoDate(eventDate) + 1) >= lastDay)
        {
            lastDay = table.FirstWorkingDayFrom(lastDay + 1);
            made |= DeadlineAdjustments.ExtendedToTwoWorkingDays;
        }

        if (lastDay > DayNumbers.MaxValue)
        {
            // No working day left before the end of the calendar: the scan reports that exactly as it always has.
            return RollByScanning(holidays, eventDate, raw, needsTwoWorkingDays, ref adjustments);
        }

        if (lastDay > holidays.CompleteThroughDayNumber)
        {
            made |= DeadlineAdjustments.HolidayDataIncomplete;
        }

        adjustments |= made;
        return lastDay == rawDay ? raw : raw.PlusDays(lastDay - rawDay);
    }

    private static bool IsWorkingDay(IHolidayCalendar holidays, LocalDate day, int isoDayOfWeek) =>
        isoDayOfWeek < (int)IsoDayOfWeek.Saturday && !holidays.TryGetHoliday(day, out _);

    private static int NextDow(int isoDayOfWeek) => isoDayOfWeek == (int)IsoDayOfWeek.Sunday ? (int)IsoDayOfWeek.Monday : isoDayOfWeek + 1;

    /// <summary>Gets the start of the day after <paramref name="last"/> (an ISO date) in <see cref="Zone"/>: the same
    /// instant as <see cref="ZoneDays.StartOfDay"/>, without a zone lookup when the cached zone interval covers it.</summary>
    private Instant StartOfDayAfter(LocalDate last)
    {
        var day = DayNumbers.FromIsoDate(last) + 1;
        if (day <= DayNumbers.MaxValue)
        {
            // Local midnight read as if it were UTC; where one interval spans 18 hours either side of it, ZoneDays finds
            // that interval first and returns midnight minus its offset.
            var midnight = Instant.FromUnixTimeSeconds(day * SecondsPerDay);
            var interval = _expiryInterval;
            if (interval is not null && Covers(interval, midnight))
            {
                return midnight - Duration.FromSeconds(interval.WallOffset.Seconds);
            }

            var start = ZoneDays.StartOfDay(Zone, last.PlusDays(1));
            var around = Zone.GetZoneInterval(midnight - MaxOffset);
            if (Covers(around, midnight))
            {
                _expiryInterval = around;
            }

            return start;
        }

        // Past the end of the calendar: NodaTime reports it (OverflowException), as it always has.
        return ZoneDays.StartOfDay(Zone, last.PlusDays(1));
    }

    private static bool Covers(ZoneInterval interval, Instant midnight) =>
        (!interval.HasStart || interval.Start <= midnight - MaxOffset) && (!interval.HasEnd || midnight + MaxOffset < interval.End);
}
