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

    [Theory]
    [InlineData("2024-05-10")]
    [InlineData("2024-12-27")]
    [InlineData("2025-05-30")]
    [InlineData("2026-01-02")]
    [InlineData("2026-05-15")]
    [InlineData("2027-05-07")]
    [InlineData("2028-04-28")]
    [InlineData("2028-05-26")]
    public void DecreeDays_AreHolidaysOnlyInTheDefaultCalendar(string date)
    {
        Assert.True(Calendar.TryGetHoliday(D(date), out var holiday));
        Assert.Equal(HolidayKind.Decree, holiday.Kind);
        Assert.Contains("Royal Decree", holiday.Name, StringComparison.Ordinal);
        Assert.False(NetherlandsHolidayCalendar.StatutoryOnly.IsHoliday(D(date)));
    }

    [Fact]
    public void DecreeData_EndsWithItsLastYear_AndSaysSo()
    {
        Assert.Equal(2028, NetherlandsHolidayCalendar.DecreeDataThroughYear);
        Assert.Equal(new LocalDate(2028, 12, 31), Calendar.CompleteThrough);
        Assert.Equal(8, Calendar.DecreeDays.Length);
        Assert.All(Calendar.DecreeDays, d => Assert.InRange(d.Date.Year, 2024, NetherlandsHolidayCalendar.DecreeDataThroughYear));
        Assert.Contains("to confirm", NetherlandsHolidayCalendar.DecreeDataStatus, StringComparison.Ordinal);
        Assert.Contains("2028", Calendar.Name, StringComparison.Ordinal);
        Assert.Equal(LocalDate.MaxIsoValue, NetherlandsHolidayCalendar.StatutoryOnly.CompleteThrough);
        Assert.Empty(NetherlandsHolidayCalendar.StatutoryOnly.DecreeDays);
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
