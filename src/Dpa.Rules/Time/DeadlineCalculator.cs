using Dpa.Rules.Model;
using Dpa.Rules.Utility;
using NodaTime;
using NodaTime.TimeZones;

namespace Dpa.Rules.Time;

/// <summary>Computes deadlines (event + contractual period) in one time zone with one holiday calendar.</summary>
/// <remarks>
/// <para>Day, week, month and year periods count calendar days in <see cref="Zone"/>: the day of the event is not
/// counted; a month or year period ends on the same date, or on the last day of the month when that date does not exist
/// (EU Regulation 1182/71 Art. 3(1)–(2)); months and years are always added to the event date, never step by step.
/// Hour periods are elapsed time on the time line (<see cref="Instant"/> + <see cref="Duration"/>), so across a
/// daylight-saving change the local clock time of the expiry differs from the event's; they are never rolled.</para>
/// <para>The conventions then differ (details and worked examples in <c>docs/deadlines.md</c>):</para>
/// <list type="bullet">
/// <item><description><see cref="CountingConvention.Contract"/>: nothing more; hours count from the event instant itself.
/// It is never later than the other two conventions.</description></item>
/// <item><description><see cref="CountingConvention.Eu118271"/>: hours start at the beginning of the next full hour of the
/// local clock (Regulation 1182/71 Art. 3(1): the hour of the event is not counted), so an hour deadline is up to an hour
/// later than under <see cref="CountingConvention.Contract"/>; a non-hour period whose last day is a Saturday, Sunday or
/// holiday ends on the next working day (Art. 3(4)); a non-hour period of two days or more includes two working days
/// (Art. 3(5)).</description></item>
/// <item><description><see cref="CountingConvention.NlAtw"/>: the same roll (Algemene termijnenwet Art. 1) and the
/// two-working-days rule for periods of at least three days (Art. 2), but none of it for periods in hours or years or of
/// more than 90 days, twelve weeks or three months (Art. 4).</description></item>
/// </list>
/// <para>"Includes at least two working days" is read as: among the days after the event day up to and including the last
/// day (after the roll), count the working days; while there are fewer than two, the last day moves on to the next working
/// day. A working day is a day other than a Saturday, Sunday or holiday of <see cref="Holidays"/>.</para>
/// <para>This type is immutable and thread-safe; its caches (the calendar's working days, shared by every calculator of the
/// same calendar instance, and the zone's day starts) are internal decorators that only ever hold true answers. Computing
/// a deadline allocates nothing in the steady state (NodaTime may allocate once when it first caches a zone interval, and
/// the working-day cache builds a block of about 5.6 years on first use); only <see cref="Deadline.Explain"/> allocates.
/// The calendar must be pure, as <see cref="IHolidayCalendar"/> requires: its answers are cached.</para>
/// </remarks>
public sealed partial class DeadlineCalculator
{
    /// <summary>Creates a calculator for <paramref name="zone"/> and <paramref name="holidays"/>.</summary>
    /// <param name="zone">The zone whose local dates are counted (an agreement's deadline zone).</param>
    /// <param name="holidays">The public holidays for the conventions that roll to working days.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeadlineCalculator(DateTimeZone zone, IHolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(holidays);
        Zone = zone;
        Holidays = holidays;
        _workingDays = CachingHolidayCalendar.For(holidays);
        _dayStarts = new CachingZoneDayStarts(zone);
    }

    // The speed-ups, each in a decorator of its own: the calendar's working days as bits, the zone's day starts as a range.
    private readonly CachingHolidayCalendar _workingDays;
    private readonly CachingZoneDayStarts _dayStarts;

    /// <summary>Gets a calculator for <c>Europe/Amsterdam</c> (from the TZDB) with <see cref="NetherlandsHolidayCalendar.Default"/>.</summary>
    public static DeadlineCalculator Netherlands { get; } =
        new(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"], NetherlandsHolidayCalendar.Default);

    /// <summary>Gets the zone whose local dates are counted.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the holiday calendar used by <see cref="CountingConvention.Eu118271"/> and <see cref="CountingConvention.NlAtw"/>.</summary>
    public IHolidayCalendar Holidays { get; }

    /// <summary>Computes the deadline of a day, week, month or year period from an event date.</summary>
    /// <param name="eventDate">The date of the event in <see cref="Zone"/>; it is not itself counted.</param>
    /// <param name="period">The period; not in hours (an hour period runs from an instant).</param>
    /// <param name="convention">The counting convention.</param>
    /// <exception cref="ArgumentException"><paramref name="period"/> is in hours.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is undefined, or the deadline falls after 9999-12-31.</exception>
    public Deadline Compute(LocalDate eventDate, ContractualPeriod period, CountingConvention convention)
    {
        CheckConvention(convention);
        Preconditions.CheckArgument(
            !period.IsTimeBased,
            nameof(period),
            "An hour period runs from an instant: pass the event as an Instant or a local date-time, not a date.");
        return ComputeDays(eventDate, null, period, convention);
    }

    /// <summary>Computes the deadline of any period from an event instant.</summary>
    /// <param name="eventInstant">The instant of the event; day-based periods count from its date in <see cref="Zone"/>.</param>
    /// <param name="period">The period.</param>
    /// <param name="convention">The counting convention.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is undefined, or the deadline falls after 9999-12-31.</exception>
    public Deadline Compute(Instant eventInstant, ContractualPeriod period, CountingConvention convention)
    {
        CheckConvention(convention);
        return period.IsTimeBased
            ? ComputeHours(eventInstant, period, convention)
            : ComputeDays(eventInstant.InZone(Zone).Date, eventInstant, period, convention);
    }

    /// <summary>Computes the deadline of any period from an event given with its UTC offset.</summary>
    /// <param name="eventTime">The date, time and offset of the event; always unambiguous.</param>
    /// <param name="period">The period.</param>
    /// <param name="convention">The counting convention.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is undefined, or the deadline falls after 9999-12-31.</exception>
    public Deadline Compute(OffsetDateTime eventTime, ContractualPeriod period, CountingConvention convention) =>
        Compute(eventTime.ToInstant(), period, convention);

    /// <summary>Computes the deadline of any period from a local date-time in <see cref="Zone"/>.</summary>
    /// <param name="eventLocal">The local date and time of the event.</param>
    /// <param name="period">The period.</param>
    /// <param name="convention">The counting convention.</param>
    /// <param name="resolver">How to map a local time that is skipped or repeated at an offset change; when
    /// <see langword="null"/> such a time is rejected, because guessing could move the deadline by an hour.</param>
    /// <exception cref="SkippedTimeException"><paramref name="eventLocal"/> does not exist in <see cref="Zone"/> and no resolver was given.</exception>
    /// <exception cref="AmbiguousTimeException"><paramref name="eventLocal"/> occurs twice in <see cref="Zone"/> and no resolver was given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="convention"/> is undefined, or the deadline falls after 9999-12-31.</exception>
    public Deadline Compute(LocalDateTime eventLocal, ContractualPeriod period, CountingConvention convention, ZoneLocalMappingResolver? resolver = null)
    {
        CheckConvention(convention);
        var zoned = resolver is null ? Zone.AtStrictly(eventLocal) : Zone.ResolveLocal(eventLocal, resolver);
        return Compute(zoned.ToInstant(), period, convention);
    }

    /// <summary>Gets whether the Algemene termijnenwet Art. 4 excludes <paramref name="period"/> from its extensions.</summary>
    /// <remarks><para>Art. 4: periods in hours, of more than 90 days, more than twelve weeks or more than three months, and periods in years.</para></remarks>
    internal static bool IsExcludedByAtwArticle4(ContractualPeriod period) => period.Unit switch
    {
        PeriodUnit.Days => period.Count > 90,
        PeriodUnit.Weeks => period.Count > 12,
        PeriodUnit.Months => period.Count > 3,
        _ => true,
    };

    /// <summary>Gets whether a period is long enough for the two-working-days rule: two days or more (1182/71 Art. 3(5)), three days or more (Atw Art. 2).</summary>
    internal static bool NeedsTwoWorkingDays(ContractualPeriod period, CountingConvention convention) => period.Unit switch
    {
        PeriodUnit.Days => period.Count >= (convention == CountingConvention.NlAtw ? 3 : 2),
        PeriodUnit.Hours => false,
        _ => period.Count >= 1,
    };

    internal static bool UsesWorkingDays(ContractualPeriod period, CountingConvention convention) => convention switch
    {
        CountingConvention.Eu118271 => !period.IsTimeBased,
        CountingConvention.NlAtw => !IsExcludedByAtwArticle4(period),
        _ => false,
    };

    private static void CheckConvention(CountingConvention convention)
    {
        if ((uint)convention > (uint)CountingConvention.NlAtw)
        {
            throw new ArgumentOutOfRangeException(nameof(convention), convention, "Value is not a defined CountingConvention.");
        }
    }

    private Deadline ComputeHours(Instant eventInstant, ContractualPeriod period, CountingConvention convention)
    {
        try
        {
            return ComputeHoursCore(eventInstant, period, convention);
        }
        catch (OverflowException ex)
        {
            throw EndOfCalendar(ex);
        }
    }

    // NodaTime signals a date or instant past the end of its range with OverflowException in some operations and
    // ArgumentOutOfRangeException in others; callers are promised the latter for a deadline after 9999-12-31.
    private static ArgumentOutOfRangeException EndOfCalendar(Exception ex) =>
        new("The deadline falls after 9999-12-31, the end of the calendar.", ex);

    // No try block around the whole computation (unlike hours): the deadline is then built directly where the caller
    // receives it instead of being copied out of a protected region. The steps that can run past 9999-12-31 (adding the
    // period, the scan, the expiry) translate NodaTime's OverflowException themselves.
    private Deadline ComputeDays(LocalDate eventDate, Instant? eventInstant, ContractualPeriod period, CountingConvention convention)
    {
        var adjustments = DeadlineAdjustments.None;
        var raw = AddPeriod(eventDate, period);
        if (raw.Day != eventDate.Day && period.Unit is PeriodUnit.Months or PeriodUnit.Years)
        {
            // NodaTime truncates a month or year sum to the month's last day,
            // which is exactly 1182/71 Art. 3(2)(c).
            adjustments |= DeadlineAdjustments.MonthEndTruncated;
        }

        if (convention == CountingConvention.NlAtw && IsExcludedByAtwArticle4(period))
        {
            adjustments |= DeadlineAdjustments.ExtensionExcluded;
        }

        var last = UsesWorkingDays(period, convention)
            ? Roll(eventDate, raw, NeedsTwoWorkingDays(period, convention), ref adjustments)
            : raw;

        // The start of counting is derived on demand (Deadline.CountingStartsAt): one zone lookup fewer on the hot path.
        var expires = StartOfDayAfter(last);
        return new Deadline(period, convention, eventDate, eventInstant, null, raw, last, expires, adjustments, Zone, Holidays);
    }

    // Offsets are at most 18 hours: only expiries from here on can have a local date after 9999-12-31.
    private static readonly Instant LastTwoDaysOfTheCalendar = Instant.FromUtc(9999, 12, 30, 0, 0);

    private static LocalDate AddPeriod(LocalDate eventDate, ContractualPeriod period)
    {
        try
        {
            var count = period.Count;
            return period.Unit switch
            {
                PeriodUnit.Days => eventDate.PlusDays(count),
                PeriodUnit.Weeks => eventDate.PlusWeeks(count),
                PeriodUnit.Months => eventDate.PlusMonths(count),
                _ => eventDate.PlusYears(count),
            };
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            // NodaTime reports a year past 9999 as either, depending on the unit.
            throw EndOfCalendar(ex);
        }
    }

    private Deadline ComputeHoursCore(Instant eventInstant, ContractualPeriod period, CountingConvention convention)
    {
        var start = eventInstant;
        if (convention == CountingConvention.Eu118271)
        {
            // 1182/71 Art. 3(1): the hour during which the event occurs is not counted; counting starts at the next
            // full hour of the local clock. Subtracting the time into the hour keeps this on the time line.
            var intoHour = eventInstant.InZone(Zone).TimeOfDay.NanosecondOfDay % NodaConstants.NanosecondsPerHour;
            start = eventInstant - Duration.FromNanoseconds(intoHour) + Duration.FromHours(1);
        }

        var expires = start + Duration.FromHours(period.Count);
        var lastInstant = expires > start ? expires - Duration.Epsilon : expires;
        if (expires >= LastTwoDaysOfTheCalendar)
        {
            // The expiry and the last instant must have local date-times (the last day, ExpiresAtLocal, the
            // explanation): east of UTC they can fall on 10000-01-01, past the calendar like any later deadline.
            try
            {
                _ = lastInstant.InZone(Zone);
                _ = expires.InZone(Zone);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new ArgumentOutOfRangeException("The deadline falls after 9999-12-31, the end of the calendar.", ex);
            }
        }

        var lastDay = lastInstant.InZone(Zone).Date;
        var adjustments = convention == CountingConvention.NlAtw ? DeadlineAdjustments.ExtensionExcluded : DeadlineAdjustments.None;
        return new Deadline(
            period, convention, eventInstant.InZone(Zone).Date, eventInstant, start, lastDay, lastDay, expires, adjustments, Zone, Holidays);
    }
}
