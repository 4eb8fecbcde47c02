using Dpa.Rules.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

/// <summary>Checks the calendar against an independent formulation: Gauss's Easter rule and Sakamoto's weekday formula, no NodaTime.</summary>
public sealed class NetherlandsHolidayCalendarProperties
{
    private static readonly int[] SakamotoTable = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

    private static Gen<LocalDate> Dates1900To2200 =>
        from offset in Gen.Choose(0, 110_000)
        select new LocalDate(1900, 1, 1).PlusDays(offset) into date
        where date.Year <= 2200
        select date;

    [Property(MaxTest = 2000)]
    public Property StatutoryCalendar_AgreesWithIndependentFormulation() =>
        Prop.ForAll(Dates1900To2200.ToArbitrary(), date =>
            NetherlandsHolidayCalendar.StatutoryOnly.IsHoliday(date) == IndependentHolidays(date.Year).Contains((date.Month, date.Day)));

    [Fact]
    public void StatutoryCalendar_AgreesWithIndependentFormulation_EveryDay1900To2200()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var expected = IndependentHolidays(year);
            var actual = NetherlandsHolidayCalendar.StatutoryOnly.HolidaysIn(year).Select(h => (h.Date.Month, h.Date.Day)).ToHashSet();
            Assert.True(expected.SetEquals(actual), $"{year}: expected {string.Join(",", expected)}, got {string.Join(",", actual)}");
        }
    }

    [Property(MaxTest = 300)]
    public Property Easter_MeeusAgreesWithGauss() =>
        Prop.ForAll(Gen.Choose(1583, 4099).ToArbitrary(), year =>
        {
            var (month, day) = GaussEaster(year);
            var easter = Easter.Sunday(year);
            return easter.Month == month && easter.Day == day && easter.DayOfWeek == IsoDayOfWeek.Sunday;
        });

    /// <summary>Art. 3(1)-(2) holidays computed without NodaTime and without the Meeus algorithm.</summary>
    private static HashSet<(int Month, int Day)> IndependentHolidays(int year)
    {
        var (easterMonth, easterDay) = GaussEaster(year);
        var easterOrdinal = DayOfYear(year, easterMonth, easterDay);
        var set = new HashSet<(int, int)> { (1, 1), (5, 5), (12, 25), (12, 26) };
        foreach (var offset in new[] { -2, 1, 39, 50 })
        {
            set.Add(FromDayOfYear(year, easterOrdinal + offset));
        }

        if (year >= 2014)
        {
            set.Add(Weekday(year, 4, 27) == 0 ? (4, 26) : (4, 27));
        }
        else
        {
            set.Add(Weekday(year, 4, 30) == 0 ? (4, 29) : (4, 30));
        }

        return set;
    }

    /// <summary>Gauss's Easter algorithm with its two Gregorian exceptions.</summary>
    private static (int Month, int Day) GaussEaster(int year)
    {
        var a = year % 19;
        var b = year % 4;
        var c = year % 7;
        var k = year / 100;
        var p = (13 + (8 * k)) / 25;
        var q = k / 4;
        var m = (15 - p + k - q) % 30;
        var n = (4 + k - q) % 7;
        var d = ((19 * a) + m) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + n) % 7;
        if (d == 29 && e == 6)
        {
            return (4, 19);
        }

        if (d == 28 && e == 6 && ((11 * m) + 11) % 30 < 19)
        {
            return (4, 18);
        }

        var march = 22 + d + e;
        return march > 31 ? (4, march - 31) : (3, march);
    }

    /// <summary>Sakamoto's day of week: 0 = Sunday.</summary>
    private static int Weekday(int year, int month, int day)
    {
        if (month < 3)
        {
            year--;
        }

        return (year + (year / 4) - (year / 100) + (year / 400) + SakamotoTable[month - 1] + day) % 7;
    }

    private static int[] MonthLengths(int year)
    {
        var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    }

    private static int DayOfYear(int year, int month, int day) => MonthLengths(year).Take(month - 1).Sum() + day;

    private static (int Month, int Day) FromDayOfYear(int year, int ordinal)
    {
        var lengths = MonthLengths(year);
        var month = 0;
        while (ordinal > lengths[month])
        {
            ordinal -= lengths[month];
            month++;
        }

        return (month + 1, ordinal);
    }

    [Property(MaxTest = 500)]
    public Property TryGetHoliday_AnswersForEveryIsoDate() =>
        Prop.ForAll(
            Gen.Choose(LocalDate.MinIsoValue.Year, LocalDate.MaxIsoValue.Year).SelectMany(year => Gen.Choose(1, 365).Select(day => new LocalDate(year, 1, 1).PlusDays(day - 1))).ToArbitrary(),
            date =>
            {
                var found = NetherlandsHolidayCalendar.Default.TryGetHoliday(date, out var holiday);
                return !found || (holiday.Date == date && holiday.Name.Length > 0);
            });
}
