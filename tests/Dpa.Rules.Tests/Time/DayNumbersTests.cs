using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

public sealed class DayNumbersTests
{
    [Fact]
    public void FromIsoDate_CountsDaysFromTheUnixEpoch()
    {
        Assert.Equal(0, DayNumbers.FromIsoDate(new LocalDate(1970, 1, 1)));
        Assert.Equal(-1, DayNumbers.FromIsoDate(new LocalDate(1969, 12, 31)));
        Assert.Equal(11_017, DayNumbers.FromIsoDate(new LocalDate(2000, 3, 1))); // 30 years of 365 days, 7 leap days, 31 + 29 days of 2000
    }

    [Fact]
    public void FromIsoDate_AndIsWeekend_AgreeWithNodaTime_OnEveryDayOfTheIsoCalendar()
    {
        // Every date NodaTime supports, -9998-01-01 to 9999-12-31: consecutive numbers and the same weekday.
        var mismatches = new List<LocalDate>();
        var date = LocalDate.MinIsoValue;
        var expected = DayNumbers.MinValue;
        while (true)
        {
            var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            if (DayNumbers.FromIsoDate(date) != expected || DayNumbers.IsWeekend(expected) != weekend)
            {
                mismatches.Add(date);
            }

            if (date == LocalDate.MaxIsoValue)
            {
                break;
            }

            date = date.PlusDays(1);
            expected++;
        }

        Assert.Empty(mismatches);
        Assert.Equal(DayNumbers.MaxValue, expected);
        Assert.Equal(Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days, DayNumbers.MaxValue - DayNumbers.MinValue);
    }
}
