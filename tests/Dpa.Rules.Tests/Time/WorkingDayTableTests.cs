using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

public sealed class WorkingDayTableTests
{
    public static TheoryData<int, int> Ranges => new()
    {
        { 1900, 2200 },
        { -9998, -9996 }, // the first days of the calendar
        { -1, 3 },        // years 0 and before: no Easter, still weekends and fixed holidays
        { 9997, 9999 },   // the last days of the calendar
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void IsWorkingDay_AgreesWithTheCalendar_OnEveryDay(int firstYear, int lastYear)
    {
        foreach (var calendar in new[] { NetherlandsHolidayCalendar.Default, NetherlandsHolidayCalendar.StatutoryOnly })
        {
            var table = calendar.WorkingDays;
            var mismatches = new List<LocalDate>();
            var last = new LocalDate(lastYear, 12, 31);
            for (var day = new LocalDate(firstYear, 1, 1); ; day = day.PlusDays(1))
            {
                var working = day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !calendar.TryGetHoliday(day, out _);
                if (table.IsWorkingDay(DayNumbers.FromIsoDate(day)) != working)
                {
                    mismatches.Add(day);
                }

                if (day == last)
                {
                    break;
                }
            }

            Assert.Empty(mismatches);
        }
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public void FirstWorkingDayFrom_IsTheFirstWorkingDayOnOrAfter_OnEveryDay(int firstYear, int lastYear)
    {
        var calendar = NetherlandsHolidayCalendar.Default;
        var table = calendar.WorkingDays;
        var firstDay = DayNumbers.FromIsoDate(new LocalDate(firstYear, 1, 1));
        var lastDay = DayNumbers.FromIsoDate(new LocalDate(lastYear, 12, 31));

        // Walking backwards, the expected answer is the day itself when it is a working day, else the answer for the next day.
        var expected = table.FirstWorkingDayFrom(lastDay + 1);
        var mismatches = new List<int>();
        for (var day = lastDay; day >= firstDay; day--)
        {
            if (table.IsWorkingDay(day))
            {
                expected = day;
            }

            if (table.FirstWorkingDayFrom(day) != expected)
            {
                mismatches.Add(day);
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void KnowsTheEasterWeekendAndTheDecreeDays_ByCalendar()
    {
        var table = NetherlandsHolidayCalendar.Default.WorkingDays;
        var goodFriday2025 = DayNumbers.FromIsoDate(new LocalDate(2025, 4, 18));
        var dayAfterAscension2026 = DayNumbers.FromIsoDate(new LocalDate(2026, 5, 15));

        // Good Friday, Saturday, Sunday and Easter Monday (legal.md: Atw Art. 3) are followed by Tuesday 22 April 2025.
        Assert.Equal(DayNumbers.FromIsoDate(new LocalDate(2025, 4, 22)), table.FirstWorkingDayFrom(goodFriday2025));
        Assert.False(table.IsWorkingDay(dayAfterAscension2026));
        Assert.True(NetherlandsHolidayCalendar.StatutoryOnly.WorkingDays.IsWorkingDay(dayAfterAscension2026));
    }

    [Fact]
    public void AfterTheEndOfTheCalendar_TheDayAfterIsTheAnswer()
    {
        // 9999-12-31 is a Friday; the day after the calendar reads as a working day so that scans stop there.
        var table = NetherlandsHolidayCalendar.Default.WorkingDays;

        Assert.Equal(IsoDayOfWeek.Friday, LocalDate.MaxIsoValue.DayOfWeek);
        Assert.True(table.IsWorkingDay(DayNumbers.MaxValue + 1));
        Assert.Equal(DayNumbers.MaxValue + 1, table.FirstWorkingDayFrom(DayNumbers.MaxValue + 1));
        Assert.Equal(DayNumbers.MaxValue, table.FirstWorkingDayFrom(DayNumbers.MaxValue));
    }
}
