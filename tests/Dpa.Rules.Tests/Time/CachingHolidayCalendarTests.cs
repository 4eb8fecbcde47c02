using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

/// <summary>The working-day cache decorates any calendar and answers exactly as the calendar does.</summary>
public sealed class CachingHolidayCalendarTests
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
            var table = CachingHolidayCalendar.For(calendar);
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
        var table = CachingHolidayCalendar.For(calendar);
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
        var table = CachingHolidayCalendar.For(NetherlandsHolidayCalendar.Default);
        var goodFriday2025 = DayNumbers.FromIsoDate(new LocalDate(2025, 4, 18));
        var dayAfterAscension2026 = DayNumbers.FromIsoDate(new LocalDate(2026, 5, 15));

        // Good Friday, Saturday, Sunday and Easter Monday (legal.md: Atw Art. 3) are followed by Tuesday 22 April 2025.
        Assert.Equal(DayNumbers.FromIsoDate(new LocalDate(2025, 4, 22)), table.FirstWorkingDayFrom(goodFriday2025));
        Assert.False(table.IsWorkingDay(dayAfterAscension2026));
        Assert.True(CachingHolidayCalendar.For(NetherlandsHolidayCalendar.StatutoryOnly).IsWorkingDay(dayAfterAscension2026));
    }

    [Fact]
    public void AfterTheEndOfTheCalendar_TheDayAfterIsTheAnswer()
    {
        // 9999-12-31 is a Friday; the day after the calendar reads as a working day so that scans stop there.
        var table = CachingHolidayCalendar.For(NetherlandsHolidayCalendar.Default);

        Assert.Equal(IsoDayOfWeek.Friday, LocalDate.MaxIsoValue.DayOfWeek);
        Assert.True(table.IsWorkingDay(DayNumbers.MaxValue + 1));
        Assert.Equal(DayNumbers.MaxValue + 1, table.FirstWorkingDayFrom(DayNumbers.MaxValue + 1));
        Assert.Equal(DayNumbers.MaxValue, table.FirstWorkingDayFrom(DayNumbers.MaxValue));
    }

    [Fact]
    public void For_SharesOneDecoratorPerCalendar_AndKeepsTheCalendarsAnswers()
    {
        var host = new HostCalendar(new LocalDate(2026, 3, 19));
        var decorator = CachingHolidayCalendar.For(host);

        Assert.Same(decorator, CachingHolidayCalendar.For(host));
        Assert.Same(decorator, CachingHolidayCalendar.For(decorator));
        Assert.Same(host, decorator.Inner);
        Assert.Equal((host.Name, host.CompleteThrough), (decorator.Name, decorator.CompleteThrough));
        Assert.False(decorator.IsWorkingDay(DayNumbers.FromIsoDate(new LocalDate(2026, 3, 19))));
        Assert.True(decorator.IsWorkingDay(DayNumbers.FromIsoDate(new LocalDate(2026, 3, 18))));
        Assert.Equal(DayNumbers.FromIsoDate(new LocalDate(2026, 3, 20)), decorator.FirstWorkingDayFrom(DayNumbers.FromIsoDate(new LocalDate(2026, 3, 19))));
    }

    [Fact]
    public void ACalendarThatThrowsForSomeYears_FailsOnlyForTheDaysAsked()
    {
        // A host calendar that knows 2000-2099 only: a block of the cache spans 5.6 years, so building the block of
        // 2000-01-03 asks about 1999 too. Days inside the range must still be answered; a day outside throws.
        var decorator = CachingHolidayCalendar.For(new RangeCalendar(2000, 2099));

        Assert.True(decorator.IsWorkingDay(DayNumbers.FromIsoDate(new LocalDate(2000, 1, 3))));
        Assert.Equal(DayNumbers.FromIsoDate(new LocalDate(2000, 1, 3)), decorator.FirstWorkingDayFrom(DayNumbers.FromIsoDate(new LocalDate(2000, 1, 1))));
        Assert.True(decorator.IsWorkingDay(DayNumbers.FromIsoDate(new LocalDate(2099, 12, 31))));
        Assert.Throws<ArgumentOutOfRangeException>(() => decorator.IsWorkingDay(DayNumbers.FromIsoDate(new LocalDate(1999, 12, 31))));
    }

    /// <summary>A host's calendar with one holiday.</summary>
    private sealed class HostCalendar(LocalDate holiday) : IHolidayCalendar
    {
        public string Name => "Host";

        public LocalDate CompleteThrough => new(2030, 12, 31);

        public bool TryGetHoliday(LocalDate day, out Holiday result)
        {
            result = day == holiday ? new Holiday(day, "Host day", "Host day", HolidayKind.Statutory) : default;
            return day == holiday;
        }
    }

    /// <summary>A calendar that refuses dates outside its years, as some real ones do.</summary>
    private sealed class RangeCalendar(int firstYear, int lastYear) : IHolidayCalendar
    {
        public string Name => "Range";

        public LocalDate CompleteThrough => new(lastYear, 12, 31);

        public bool TryGetHoliday(LocalDate day, out Holiday holiday)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(day.Year, firstYear, nameof(day));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(day.Year, lastYear, nameof(day));
            holiday = default;
            return false;
        }
    }
}
