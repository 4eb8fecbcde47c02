using Dpa.Rules.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

public sealed class ZoneDaysProperties
{
    // Zones with midnight transitions (Santiago, Havana, Asuncion, Beirut historically), half hours (Lord Howe) and a date-line jump (Apia).
    private static readonly string[] Zones =
        ["Europe/Amsterdam", "America/Santiago", "America/Havana", "America/Asuncion", "Asia/Beirut", "Australia/Lord_Howe", "Pacific/Apia", "America/Sao_Paulo", "Asia/Tehran", "Etc/UTC"];

    [Property(MaxTest = 1000)]
    public Property StartOfDay_MatchesNodaTime() =>
        Prop.ForAll(
            (from zone in Gen.Elements(Zones)
             from offset in Gen.Choose(0, 60 * 366)
             let date = new LocalDate(1990, 1, 1).PlusDays(offset)
             where !IsSkippedDay(zone, date) // NodaTime throws there; StartOfDay_OfADayThatNeverHappened covers it
             select (zone, date)).ToArbitrary(),
            t =>
            {
                var zone = DateTimeZoneProviders.Tzdb[t.zone];
                return ZoneDays.StartOfDay(zone, t.date) == zone.AtStartOfDay(t.date).ToInstant();
            });

    [Theory]
    [InlineData("America/Santiago", 2025, 9, 7)]
    [InlineData("Pacific/Apia", 2011, 12, 31)]
    [InlineData("America/Havana", 2025, 3, 9)]
    public void StartOfDay_AtTransitions_MatchesNodaTime(string zoneId, int year, int month, int day)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var date = new LocalDate(year, month, day);

        Assert.Equal(zone.AtStartOfDay(date).ToInstant(), ZoneDays.StartOfDay(zone, date));
    }

    [Fact]
    public void StartOfDay_OfADayThatNeverHappened_IsTheFirstInstantAfterThePreviousDay()
    {
        // Samoa skipped 30 December 2011: NodaTime's AtStartOfDay throws, but the first instant after 29 December exists.
        var apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];

        Assert.Throws<SkippedTimeException>(() => apia.AtStartOfDay(new LocalDate(2011, 12, 30)));
        Assert.Equal(apia.AtStartOfDay(new LocalDate(2011, 12, 31)).ToInstant(), ZoneDays.StartOfDay(apia, new LocalDate(2011, 12, 30)));
    }

    private static bool IsSkippedDay(string zone, LocalDate date) =>
        zone == "Pacific/Apia" && date == new LocalDate(2011, 12, 30);
}
