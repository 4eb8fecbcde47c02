using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

/// <summary>The day-start cache answers exactly as <see cref="ZoneDays.StartOfDay"/>, whatever order days are asked in.</summary>
public sealed class CachingZoneDayStartsTests
{
    [Theory]
    [InlineData("Europe/Amsterdam", 1890, 1950)]     // local mean time (+00:19:32) and the wartime changes
    [InlineData("Europe/Amsterdam", 2005, 2030)]
    [InlineData("America/Santiago", 2005, 2030)]     // clocks change at midnight: some days start at 01:00
    [InlineData("Pacific/Apia", 2010, 2013)]         // 30 December 2011 never happened
    [InlineData("Asia/Kathmandu", 1980, 1990)]       // +05:30, then +05:45 from 1986
    [InlineData("Etc/UTC", 9990, 9999)]              // one interval without start or end
    [InlineData("Europe/Amsterdam", -9997, -9990)]   // near the start of the calendar (an expiry is never its first day)
    public void StartOfDay_IsTheZonesStartOfDay_InAnyOrder(string zoneId, int firstYear, int lastYear)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var cache = new CachingZoneDayStarts(zone);
        var first = DayNumbers.FromIsoDate(new LocalDate(firstYear, 1, 1));
        var last = DayNumbers.FromIsoDate(new LocalDate(lastYear, 12, 31));
        var days = last - first + 1;
        var mismatches = new List<int>();

        // Forwards, then jumping half a year back and forth, so that the cached range is replaced often.
        for (var i = 0; i < days; i++)
        {
            Check(first + i);
            Check(first + ((i * 181) % days));
        }

        Assert.Empty(mismatches);

        void Check(int day)
        {
            if (cache.StartOfDay(day) != ZoneDays.StartOfDay(zone, DayNumbers.ToIsoDate(day)))
            {
                mismatches.Add(day);
            }
        }
    }

    [Fact]
    public void TheDayAfterTheCalendar_IsAnOverflow()
    {
        var cache = new CachingZoneDayStarts(DateTimeZoneProviders.Tzdb["Etc/UTC"]);

        Assert.Equal(Instant.FromUtc(9999, 12, 31, 0, 0), cache.StartOfDay(DayNumbers.MaxValue));
        Assert.Throws<OverflowException>(() => cache.StartOfDay(DayNumbers.MaxValue + 1));
    }

    [Fact]
    public void ConcurrentCallers_GetTheZonesStartOfDay()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var cache = new CachingZoneDayStarts(zone);
        var first = DayNumbers.FromIsoDate(new LocalDate(1940, 1, 1));
        var failures = 0;
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            for (var i = 0; i < 40_000; i++)
            {
                // Each worker jumps through the years differently: summer and winter ranges replace each other.
                var day = first + ((i * (97 + (worker * 60))) % 36_500);
                if (cache.StartOfDay(day) != ZoneDays.StartOfDay(zone, DayNumbers.ToIsoDate(day)))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }
}
