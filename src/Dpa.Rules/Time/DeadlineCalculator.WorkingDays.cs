using NodaTime;
using NodaTime.TimeZones;

namespace Dpa.Rules.Time;

/// <content>The weekend/holiday roll, the two-working-days rule and the expiry instant of day-based periods.</content>
public sealed partial class DeadlineCalculator
{
    private const long SecondsPerDay = 86_400;
    private const long MaxOffsetSeconds = 18 * 3600;
    private const int OffsetBias = 1 << 17;
    private const long OffsetMask = (1L << 18) - 1;
    private const int FirstDayShift = 18;
    private const int EndDayShift = 41;
    private const long DayMask = (1L << 23) - 1;

    private static readonly Duration MaxOffset = Duration.FromSeconds(MaxOffsetSeconds);

    // The days whose start in the zone is local midnight minus one offset, learnt from the zone interval of an earlier
    // expiry, as one 64-bit value so that it is read and replaced atomically without allocating: bits 0-17 the offset in
    // seconds plus 2^17 (offsets are within 18 hours), bits 18-40 the first day and bits 41-63 the day after the last,
    // both counted from DayNumbers.MinValue (23 bits hold the whole calendar). Zero covers no day. Shared by all
    // threads: any value stored is true of this zone, so the last write wins harmlessly.
    private long _expiryDays;

    /// <summary>Applies the roll and the two-working-days rule by stepping through dates; for any calendar.</summary>
    /// <remarks><para>The reference algorithm: <see cref="RollWithTable"/> must give the same result, which tests check
    /// exhaustively against this method (through a calendar that is not a <see cref="NetherlandsHolidayCalendar"/>).</para></remarks>
    private static LocalDate RollByScanning(
        IHolidayCalendar holidays, LocalDate eventDate, LocalDate raw, bool needsTwoWorkingDays, ref DeadlineAdjustments adjustments)
    {
        try
        {
            return Scan(holidays, eventDate, raw, needsTwoWorkingDays, ref adjustments);
        }
        catch (OverflowException ex)
        {
            throw EndOfCalendar(ex);
        }
    }

    private static LocalDate Scan(
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
    /// instant as <see cref="ZoneDays.StartOfDay"/>, without a zone lookup when the cached day range covers it.</summary>
    private Instant StartOfDayAfter(LocalDate last)
    {
        var day = DayNumbers.FromIsoDate(last) + 1;
        var cached = IntPtr.Size == 8 ? Volatile.Read(ref _expiryDays) : Interlocked.Read(ref _expiryDays);
        var first = (int)((cached >> FirstDayShift) & DayMask) + DayNumbers.MinValue;
        var end = (int)(cached >>> EndDayShift) + DayNumbers.MinValue;
        if (day >= first && day < end)
        {
            var offsetSeconds = (int)(cached & OffsetMask) - OffsetBias;
            return Instant.FromUnixTimeSeconds((day * SecondsPerDay) - offsetSeconds);
        }

        var start = StartOfDayAfterByLookup(last);
        if (day <= DayNumbers.MaxValue)
        {
            Remember(Zone.GetZoneInterval(Instant.FromUnixTimeSeconds(day * SecondsPerDay) - MaxOffset));
        }

        return start;
    }

    private Instant StartOfDayAfterByLookup(LocalDate last)
    {
        try
        {
            return ZoneDays.StartOfDay(Zone, last.PlusDays(1));
        }
        catch (OverflowException ex)
        {
            throw EndOfCalendar(ex);
        }
    }

    /// <summary>Caches the days that <paramref name="interval"/> covers, if any.</summary>
    /// <remarks><para>A day is covered when the interval spans 18 hours (the largest offset) either side of its local
    /// midnight read as if it were UTC: <see cref="ZoneDays.StartOfDay"/> then finds this interval first and returns that
    /// midnight minus its offset, which is what the cache returns.</para></remarks>
    private void Remember(ZoneInterval interval)
    {
        // Candidates from whole seconds (at or beyond the true bounds), then moved in by the exact rule on instants.
        var first = DayNumbers.MinValue + 1;
        if (interval.HasStart)
        {
            first = (int)Math.Clamp(((interval.Start.ToUnixTimeSeconds() + MaxOffsetSeconds) / SecondsPerDay) - 1, first, DayNumbers.MaxValue + 1L);
            while (first <= DayNumbers.MaxValue && interval.Start > Midnight(first) - MaxOffset)
            {
                first++;
            }
        }

        var last = DayNumbers.MaxValue;
        if (interval.HasEnd)
        {
            last = (int)Math.Clamp(((interval.End.ToUnixTimeSeconds() - MaxOffsetSeconds) / SecondsPerDay) + 1, DayNumbers.MinValue, last);
            while (last > DayNumbers.MinValue && Midnight(last) + MaxOffset >= interval.End)
            {
                last--;
            }
        }

        if (first > last)
        {
            return;
        }

        var packed = ((long)(last + 1 - DayNumbers.MinValue) << EndDayShift)
            | ((long)(first - DayNumbers.MinValue) << FirstDayShift)
            | (long)(interval.WallOffset.Seconds + OffsetBias);
        if (IntPtr.Size == 8)
        {
            Volatile.Write(ref _expiryDays, packed);
        }
        else
        {
            Interlocked.Exchange(ref _expiryDays, packed);
        }
    }

    private static Instant Midnight(int day) => Instant.FromUnixTimeSeconds(day * SecondsPerDay);
}
