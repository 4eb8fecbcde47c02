using System.Collections.Immutable;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>The end of a contractual period counted from an event under a named convention.</summary>
/// <remarks>
/// <para>The period runs to the end of <see cref="LastDay"/> (for hour periods: up to <see cref="ExpiresAt"/>);
/// <see cref="ExpiresAt"/> is the first instant after the period, e.g. the start of the day after the last day in
/// the zone. The value is an immutable struct and computing it allocates nothing; <see cref="Explain"/> builds the
/// readable explanation on request.</para>
/// </remarks>
public readonly struct Deadline
{
    private readonly DateTimeZone? _zone;
    private readonly IHolidayCalendar? _calendar;
    private readonly Instant? _countingStartsAt;

    internal Deadline(
        ContractualPeriod period,
        CountingConvention convention,
        LocalDate eventDate,
        Instant? eventInstant,
        Instant? countingStartsAt,
        LocalDate rawLastDay,
        LocalDate lastDay,
        Instant expiresAt,
        DeadlineAdjustments adjustments,
        DateTimeZone zone,
        IHolidayCalendar calendar)
    {
        Period = period;
        Convention = convention;
        EventDate = eventDate;
        EventInstant = eventInstant;
        _countingStartsAt = countingStartsAt;
        RawLastDay = rawLastDay;
        LastDay = lastDay;
        ExpiresAt = expiresAt;
        Adjustments = adjustments;
        _zone = zone;
        _calendar = calendar;
    }

    /// <summary>Gets the period that was counted.</summary>
    public ContractualPeriod Period { get; }

    /// <summary>Gets the counting convention that was applied.</summary>
    public CountingConvention Convention { get; }

    /// <summary>Gets the date of the event in <see cref="Zone"/>.</summary>
    public LocalDate EventDate { get; }

    /// <summary>Gets the instant of the event, or <see langword="null"/> when the event was given as a date.</summary>
    public Instant? EventInstant { get; }

    /// <summary>Gets the instant counting starts: the event itself, the next full hour, or the start of the day after the event.</summary>
    public Instant CountingStartsAt => _countingStartsAt ?? ZoneDays.StartOfDay(Zone, EventDate.PlusDays(1));

    /// <summary>Gets the last day of the period before any weekend, holiday or working-day adjustment (after month-end truncation).</summary>
    public LocalDate RawLastDay { get; }

    /// <summary>Gets the last day of the period in <see cref="Zone"/>: the period includes this whole day (hour periods: the day of the last instant).</summary>
    public LocalDate LastDay { get; }

    /// <summary>Gets the first instant after the period.</summary>
    public Instant ExpiresAt { get; }

    /// <summary>Gets <see cref="ExpiresAt"/> in <see cref="Zone"/>, with the UTC offset in force at that instant.</summary>
    public ZonedDateTime ExpiresAtLocal => ExpiresAt.InZone(Zone);

    /// <summary>Gets the adjustments the convention made after adding the period.</summary>
    public DeadlineAdjustments Adjustments { get; }

    /// <summary>Gets the time zone the days were counted in; UTC for the default value.</summary>
    public DateTimeZone Zone => _zone ?? DateTimeZone.Utc;

    /// <summary>Gets whether the deadline depends on days outside the holiday calendar's known data (after
    /// <see cref="IHolidayCalendar.CompleteThrough"/> or before <see cref="IHolidayCalendar.CompleteFrom"/>).</summary>
    public bool MayDependOnUnknownHolidays => (Adjustments & DeadlineAdjustments.HolidayDataIncomplete) != 0;

    /// <summary>Builds the ordered, readable steps that lead from the event to this deadline.</summary>
    /// <remarks>
    /// <para>Steps: the event, the start of counting, the raw end, month-end truncation, the weekend/holiday roll naming
    /// each holiday, the two-working-days rule, any limit of the holiday data, and the zone and offset at expiry.
    /// This allocates; the deadline itself does not.</para>
    /// </remarks>
    public ImmutableArray<string> Explain() => DeadlineExplainer.Explain(this, _calendar ?? NetherlandsHolidayCalendar.Default);

    /// <summary>Formats the deadline as its expiry in the zone and the convention, e.g. <c>2025-03-01T00:00:00+01:00 (contract)</c>.</summary>
    public override string ToString() =>
        $"{TimeText.Format(ExpiresAtLocal)} ({CountingConventionNames.GetName(Convention)})";
}
