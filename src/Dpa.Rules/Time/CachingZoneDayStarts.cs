using NodaTime;
using NodaTime.TimeZones;

namespace Dpa.Rules.Time;

/// <summary>Decorates a <see cref="DateTimeZone"/> with a cache of its day starts: the range of days whose first instant is
/// local midnight minus one offset, learnt from the zone interval of an earlier lookup.</summary>
/// <remarks>
/// <para>A deadline's expiry is the start of the day after its last day (<see cref="ZoneDays.StartOfDay"/>), which takes a
/// few zone-interval lookups. Consecutive deadlines mostly end within one interval (months of summer or winter time, or
/// centuries of a fixed offset), so the last interval's day range answers most requests with one multiplication.</para>
/// <para>The range is one 64-bit value, read and replaced atomically without allocating: bits 0-17 the offset in seconds
/// plus 2^17 (offsets are within 18 hours), bits 18-40 the first day and bits 41-63 the day after the last, both counted from
/// <see cref="DayNumbers.MinValue"/> (23 bits hold the whole calendar). Zero covers no day. Shared by all threads: any value
/// stored is true of this zone, so the last write wins harmlessly.</para>
/// </remarks>
internal sealed class CachingZoneDayStarts(DateTimeZone zone)
{
    private const long SecondsPerDay = 86_400;
    private const long MaxOffsetSeconds = 18 * 3600;
    private const int OffsetBias = 1 << 17;
    private const long OffsetMask = (1L << 18) - 1;
    private const int FirstDayShift = 18;
    private const int EndDayShift = 41;
    private const long DayMask = (1L << 23) - 1;

    private static readonly Duration MaxOffset = Duration.FromSeconds(MaxOffsetSeconds);

    private long _days;

    /// <summary>Gets the zone.</summary>
    public DateTimeZone Zone { get; } = zone;

    /// <summary>Gets the first instant of the ISO day <paramref name="dayNumber"/> in <see cref="Zone"/>: the same instant as
    /// <see cref="ZoneDays.StartOfDay"/>.</summary>
    /// <param name="dayNumber">A day number up to the day after <see cref="LocalDate.MaxIsoValue"/>.</param>
    /// <exception cref="OverflowException">The day is after <see cref="LocalDate.MaxIsoValue"/>.</exception>
    public Instant StartOfDay(int dayNumber)
    {
        var cached = IntPtr.Size == 8 ? Volatile.Read(ref _days) : Interlocked.Read(ref _days);
        var first = (int)((cached >> FirstDayShift) & DayMask) + DayNumbers.MinValue;
        var end = (int)(cached >>> EndDayShift) + DayNumbers.MinValue;
        if (dayNumber >= first && dayNumber < end)
        {
            var offsetSeconds = (int)(cached & OffsetMask) - OffsetBias;
            return Instant.FromUnixTimeSeconds((dayNumber * SecondsPerDay) - offsetSeconds);
        }

        var start = ZoneDays.StartOfDay(Zone, DayNumbers.ToIsoDate(dayNumber));
        Remember(Zone.GetZoneInterval(Midnight(dayNumber) - MaxOffset));
        return start;
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
            Volatile.Write(ref _days, packed);
        }
        else
        {
            Interlocked.Exchange(ref _days, packed);
        }
    }

    private static Instant Midnight(int day) => Instant.FromUnixTimeSeconds(day * SecondsPerDay);
}
