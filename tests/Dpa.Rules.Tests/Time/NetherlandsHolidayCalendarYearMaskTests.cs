using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

public sealed class NetherlandsHolidayCalendarYearMaskTests
{
    public static TheoryData<int, int> Ranges => new()
    {
        { 1900, 2200 },
        { 1, 3 },
        { 9997, 9999 },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void IsHoliday_AgreesWithTryGetHoliday_OnEveryDay(int firstYear, int lastYear)
    {
        foreach (var calendar in new[] { NetherlandsHolidayCalendar.Default, NetherlandsHolidayCalendar.StatutoryOnly })
        {
            var mismatches = new List<LocalDate>();
            var last = new LocalDate(lastYear, 12, 31);
            for (var day = new LocalDate(firstYear, 1, 1); ; day = day.PlusDays(1))
            {
                if (calendar.IsHoliday(day) != calendar.TryGetHoliday(day, out _))
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

    [Fact]
    public void IsHoliday_KnowsTheDecreeDays_OnlyInTheDefaultCalendar()
    {
        var dayAfterAscension2026 = new LocalDate(2026, 5, 15);

        Assert.True(NetherlandsHolidayCalendar.Default.IsHoliday(dayAfterAscension2026));
        Assert.False(NetherlandsHolidayCalendar.StatutoryOnly.IsHoliday(dayAfterAscension2026));
    }
}
