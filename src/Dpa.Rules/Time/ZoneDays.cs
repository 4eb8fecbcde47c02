using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>Allocation-free day boundaries in a time zone.</summary>
internal static class ZoneDays
{
    private static readonly Duration MaxOffset = Duration.FromHours(18);

    /// <summary>Gets the first instant of <paramref name="date"/> in <paramref name="zone"/>: the same instant as
    /// <see cref="DateTimeZone.AtStartOfDay(LocalDate)"/>, without allocating its <c>ZoneLocalMapping</c>.</summary>
    /// <remarks>
    /// <para>Local midnight may occur twice (the earlier counts) or not at all, where a zone moves its clocks at midnight
    /// (the day then starts at the transition, e.g. 01:00). Walks the few zone intervals within ±18 hours of midnight. For a
    /// date the zone skipped entirely (Pacific/Apia, 30 December 2011), where NodaTime throws, it returns the transition:
    /// the first instant after the previous day, which is what a deadline's expiry needs.</para>
    /// </remarks>
    public static Instant StartOfDay(DateTimeZone zone, LocalDate date)
    {
        var midnight = date.AtMidnight();
        var asIfUtc = midnight.InUtc().ToInstant();
        var late = asIfUtc + MaxOffset;
        var interval = zone.GetZoneInterval(asIfUtc - MaxOffset);
        while (true)
        {
            var candidate = asIfUtc - Duration.FromSeconds(interval.WallOffset.Seconds);
            if (interval.Contains(candidate))
            {
                return candidate;
            }

            if (!interval.HasEnd || interval.End > late)
            {
                break;
            }

            var next = zone.GetZoneInterval(interval.End);
            if (interval.IsoLocalEnd <= midnight && next.IsoLocalStart > midnight)
            {
                // Midnight falls in a gap: the day begins when the clocks jump.
                return next.Start;
            }

            interval = next;
        }

        return zone.AtStartOfDay(date).ToInstant();
    }
}
