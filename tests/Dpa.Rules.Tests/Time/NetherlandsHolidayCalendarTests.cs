using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Tests.Time;

public sealed class NetherlandsHolidayCalendarTests
{
    private static readonly NetherlandsHolidayCalendar Calendar = NetherlandsHolidayCalendar.Default;

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    // Atw Art. 3(1)-(2), with Easter Sundays from legal.md §6 (2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16):
    // Good Friday = Easter - 2, Easter Monday + 1, Ascension + 39, Whit Monday + 50.
    [Theory]
    [InlineData("2024-01-01", "New Year's Day", "Nieuwjaarsdag")]
    [InlineData("2024-03-29", "Good Friday", "Goede Vrijdag")]
    [InlineData("2024-04-01", "Easter Monday", "Tweede paasdag")]
    [InlineData("2024-04-27", "King's Day", "Koningsdag")]
    [InlineData("2024-05-05", "Liberation Day", "Bevrijdingsdag")]
    [InlineData("2024-05-09", "Ascension Day", "Hemelvaartsdag")]
    [InlineData("2024-05-20", "Whit Monday", "Tweede pinksterdag")]
    [InlineData("2024-12-25", "Christmas Day", "Eerste kerstdag")]
    [InlineData("2024-12-26", "Boxing Day", "Tweede kerstdag")]
    [InlineData("2025-04-18", "Good Friday", "Goede Vrijdag")]
    [InlineData("2025-04-21", "Easter Monday", "Tweede paasdag")]
    [InlineData("2025-04-26", "King's Day", "Koningsdag")]
    [InlineData("2025-05-05", "Liberation Day", "Bevrijdingsdag")]
    [InlineData("2025-05-29", "Ascension Day", "Hemelvaartsdag")]
    [InlineData("2025-06-09", "Whit Monday", "Tweede pinksterdag")]
    [InlineData("2026-04-03", "Good Friday", "Goede Vrijdag")]
    [InlineData("2026-04-06", "Easter Monday", "Tweede paasdag")]
    [InlineData("2026-04-27", "King's Day", "Koningsdag")]
    [InlineData("2026-05-14", "Ascension Day", "Hemelvaartsdag")]
    [InlineData("2026-05-25", "Whit Monday", "Tweede pinksterdag")]
    [InlineData("2027-03-26", "Good Friday", "Goede Vrijdag")]
    [InlineData("2027-03-29", "Easter Monday", "Tweede paasdag")]
    [InlineData("2027-04-27", "King's Day", "Koningsdag")]
    [InlineData("2027-05-06", "Ascension Day", "Hemelvaartsdag")]
    [InlineData("2027-05-17", "Whit Monday", "Tweede pinksterdag")]
    [InlineData("2028-04-14", "Good Friday", "Goede Vrijdag")]
    [InlineData("2028-04-17", "Easter Monday", "Tweede paasdag")]
    [InlineData("2028-04-27", "King's Day", "Koningsdag")]
    [InlineData("2028-05-25", "Ascension Day", "Hemelvaartsdag")]
    [InlineData("2028-06-05", "Whit Monday", "Tweede pinksterdag")]
    [InlineData("2031-04-26", "King's Day", "Koningsdag")]
    [InlineData("2014-04-26", "King's Day", "Koningsdag")]
    [InlineData("2013-04-30", "Queen's Day", "Koninginnedag")]
    [InlineData("2006-04-29", "Queen's Day", "Koninginnedag")]
    public void TryGetHoliday_StatutoryHoliday_IsNamed(string date, string name, string localName)
    {
        Assert.True(Calendar.TryGetHoliday(D(date), out var holiday));
        Assert.Equal(name, holiday.Name);
        Assert.Equal(localName, holiday.LocalName);
        Assert.Equal(D(date), holiday.Date);
        Assert.Equal(name == "Good Friday" ? HolidayKind.Equated : HolidayKind.Statutory, holiday.Kind);
    }

    [Theory]
    [InlineData("2025-04-27")] // a Sunday: King's Day moves to the 26th, the 27th is no holiday of its own
    [InlineData("2031-04-27")]
    [InlineData("2025-04-20")] // Easter Sunday is not listed (it is a Sunday)
    [InlineData("2025-06-08")] // Whit Sunday likewise
    [InlineData("2025-04-22")]
    [InlineData("2025-12-24")]
    [InlineData("2025-12-31")]
    [InlineData("2006-04-30")] // Queen's Day 2006 was Saturday 29 April
    [InlineData("2013-04-27")] // before 2014 27 April was an ordinary day
    public void TryGetHoliday_OrdinaryDay_IsNotAHoliday(string date)
    {
        Assert.False(Calendar.TryGetHoliday(D(date), out var holiday));
        Assert.Equal(default, holiday);
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    public void Easter_MatchesKnownSundays(int year, string expected)
    {
        Assert.Equal(D(expected), Easter.Sunday(year));
    }

    // Each expectation is a day named in the title of its decree (Algemene termijnenwet Art. 3(3)), as quoted by a secondary
    // source (sterfgeval.nl, 4 October 2025); the Staatscourant publication of neither decree was found, so the data is "to confirm".
    [Theory]
    // Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag:
    [InlineData("2023-04-28", "Day after King's Day (equated by Royal Decree)")]      // Thursday 27 April 2023 was King's Day
    [InlineData("2023-05-19", "Day after Ascension Day (equated by Royal Decree)")]   // Ascension Day: Thursday 18 May 2023
    [InlineData("2024-05-10", "Day after Ascension Day (equated by Royal Decree)")]
    [InlineData("2024-12-27", "Day after Boxing Day (equated by Royal Decree)")]
    [InlineData("2025-05-30", "Day after Ascension Day (equated by Royal Decree)")]
    // Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag:
    [InlineData("2026-01-02", "Day after New Year's Day (equated by Royal Decree)")]
    [InlineData("2026-05-15", "Day after Ascension Day (equated by Royal Decree)")]
    [InlineData("2027-05-07", "Day after Ascension Day (equated by Royal Decree)")]
    [InlineData("2028-04-28", "Day after King's Day (equated by Royal Decree)")]
    [InlineData("2028-05-26", "Day after Ascension Day (equated by Royal Decree)")]
    public void DecreeDays_AreHolidaysOnlyInTheDefaultCalendar(string date, string name)
    {
        Assert.True(Calendar.TryGetHoliday(D(date), out var holiday));
        Assert.Equal(HolidayKind.Decree, holiday.Kind);
        Assert.Equal(name, holiday.Name);
        Assert.Equal(IsoDayOfWeek.Thursday, D(date).PlusDays(-1).DayOfWeek); // each is the Friday after a Thursday holiday
        Assert.True(NetherlandsHolidayCalendar.StatutoryOnly.IsHoliday(D(date).PlusDays(-1)));
        Assert.False(NetherlandsHolidayCalendar.StatutoryOnly.IsHoliday(D(date)));
    }

    [Fact]
    public void DecreeDays_Of2023_AreTheTwoOfTheirDecree()
    {
        // Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025: 28 April and 19 May 2023.
        var dates = Calendar.HolidaysIn(2023).Where(h => h.Kind == HolidayKind.Decree).Select(h => LocalDatePattern.Iso.Format(h.Date));

        Assert.Equal(["2023-04-28", "2023-05-19"], dates);
    }

    [Fact]
    public void EveryDecreeDay_NamesItsDecree_AndTheDecreeTitleNamesTheDay()
    {
        string[] dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

        Assert.Equal(Calendar.DecreeDays, NetherlandsHolidayCalendar.DecreeSources.Select(d => d.Holiday));
        Assert.All(NetherlandsHolidayCalendar.DecreeSources, d =>
        {
            Assert.StartsWith("Besluit gelijkstelling van ", d.Decree, StringComparison.Ordinal);
            Assert.EndsWith(" met een algemeen erkende feestdag", d.Decree, StringComparison.Ordinal);
            // The title spells each day as "28 april 2023"; "2 januari 2026" has no leading zero.
            var date = d.Holiday.Date;
            Assert.Contains($"{date.Day} {dutchMonths[date.Month - 1]} {date.Year}", d.Decree, StringComparison.Ordinal);
            Assert.Null(d.Publication); // the Staatscourant publication was not found: do not invent one
        });
    }

    [Fact]
    public void DecreeData_CoversItsSourcedRange_AndSaysSo()
    {
        Assert.Equal(2023, NetherlandsHolidayCalendar.DecreeDataFirstYear);
        Assert.Equal(2028, NetherlandsHolidayCalendar.DecreeDataThroughYear);
        Assert.Equal(new LocalDate(2028, 12, 31), Calendar.CompleteThrough);
        Assert.Equal(10, Calendar.DecreeDays.Length);
        Assert.Equal(
            Enumerable.Range(NetherlandsHolidayCalendar.DecreeDataFirstYear, 6),
            Calendar.DecreeDays.Select(d => d.Date.Year).Distinct()); // every year of the range has its decree's days
        Assert.Contains("to confirm", NetherlandsHolidayCalendar.DecreeDataStatus, StringComparison.Ordinal);
        Assert.Contains("Staatscourant", NetherlandsHolidayCalendar.DecreeDataStatus, StringComparison.Ordinal);
        Assert.Contains("2023-2028", Calendar.Name, StringComparison.Ordinal);
        Assert.Equal(LocalDate.MaxIsoValue, NetherlandsHolidayCalendar.StatutoryOnly.CompleteThrough);
        Assert.Empty(NetherlandsHolidayCalendar.StatutoryOnly.DecreeDays);
    }

    [Theory]
    [InlineData("2022-05-27")] // a Friday after Ascension Day before the sourced range: no decree data, so no holiday
    [InlineData("2019-05-31")]
    [InlineData("2029-05-11")] // after it
    public void FridayAfterAscension_OutsideTheSourcedRange_IsNotGuessed(string date)
    {
        Assert.False(Calendar.IsHoliday(D(date)));
    }

    [Fact]
    public void HolidaysIn2025_AreTheTenStatutoryDaysAndOneDecreeDay()
    {
        var dates = Calendar.HolidaysIn(2025).Select(h => LocalDatePattern.Iso.Format(h.Date));

        Assert.Equal(
            ["2025-01-01", "2025-04-18", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-05-30", "2025-06-09", "2025-12-25", "2025-12-26"],
            dates);
    }

    [Theory]
    [InlineData("2025-04-18", false)] // Good Friday
    [InlineData("2025-04-19", false)] // Saturday
    [InlineData("2025-04-20", false)] // Sunday
    [InlineData("2025-04-22", true)]
    [InlineData("2025-05-06", true)]
    public void IsWorkingDay_ExcludesWeekendsAndHolidays(string date, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));
    }

    [Fact]
    public void NextWorkingDay_SkipsGoodFridayWeekendAndEasterMonday()
    {
        Assert.Equal(D("2025-04-22"), Calendar.NextWorkingDay(D("2025-04-17")));
        Assert.Equal(4, Calendar.CountWorkingDays(D("2025-04-14"), D("2025-04-20"))); // Monday to Thursday; then Good Friday and the weekend
    }
}
