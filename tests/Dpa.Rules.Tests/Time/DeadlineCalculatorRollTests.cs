using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

/// <summary>The calculator's roll over cached working days (<see cref="CachingHolidayCalendar"/>) against a day-by-day scan
/// written here from the conventions' text: the same deadline, flags and expiry, exhaustively.</summary>
public sealed class DeadlineCalculatorRollTests
{
    private static readonly CountingConvention[] Conventions = [CountingConvention.Contract, CountingConvention.Eu118271, CountingConvention.NlAtw];

    // Around every boundary of the conventions: 1182/71 Art. 3(5) from 2 days, Atw Art. 2 from 3 days, Atw Art. 4 after
    // 90 days, 12 weeks and 3 months; and the zero periods.
    private static readonly ContractualPeriod[] Periods =
    [
        ContractualPeriod.FromDays(0), ContractualPeriod.FromDays(1), ContractualPeriod.FromDays(2), ContractualPeriod.FromDays(3),
        ContractualPeriod.FromDays(4), ContractualPeriod.FromDays(10), ContractualPeriod.FromDays(30), ContractualPeriod.FromDays(90),
        ContractualPeriod.FromDays(91), ContractualPeriod.FromWeeks(0), ContractualPeriod.FromWeeks(1), ContractualPeriod.FromWeeks(12),
        ContractualPeriod.FromWeeks(13), ContractualPeriod.FromMonths(0), ContractualPeriod.FromMonths(1), ContractualPeriod.FromMonths(3),
        ContractualPeriod.FromMonths(4), ContractualPeriod.FromYears(1),
    ];

    public static TheoryData<int, int, string> Ranges => new()
    {
        { 1990, 2039, "Default" },       // every event date of five decades, with the decree days of 2024-2028
        { 2020, 2032, "StatutoryOnly" },
        { 1580, 1602, "Default" },       // the start of the Gregorian Easter rule, and years before 1900
        { -2, 2, "Default" },            // years 0 and before: no Easter
        { -9998, -9997, "Default" },     // the first days of the calendar
        { 9998, 9999, "Default" },       // the end of the calendar: deadlines past 9999-12-31 are errors
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Deadlines_AreTheSameAsTheScan_ForEveryEventDate(int firstYear, int lastYear, string calendarName)
    {
        var calendar = calendarName == "Default" ? NetherlandsHolidayCalendar.Default : NetherlandsHolidayCalendar.StatutoryOnly;
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var fast = new DeadlineCalculator(zone, calendar);
        var last = new LocalDate(lastYear, 12, 31);
        var mismatches = new List<string>();
        var compared = 0;
        for (var date = new LocalDate(firstYear, 1, 1); ; date = date.PlusDays(1))
        {
            foreach (var period in Periods)
            {
                foreach (var convention in Conventions)
                {
                    var expected = ScanningOracle.Outcome(calendar, zone, date, period, convention);
                    var actual = Outcome(fast, date, period, convention);
                    compared++;
                    if (expected != actual)
                    {
                        mismatches.Add($"{date:uuuu-MM-dd} + {period} ({convention}): expected {expected}, got {actual}");
                    }
                }
            }

            if (date == last)
            {
                break;
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(5)));
        Assert.True(compared >= 2 * 365 * Periods.Length * Conventions.Length);
    }

    [Theory]
    [InlineData("2025-04-17", "P2D", "eu-1182-71")]   // the roll over Easter and the two-working-days extension
    [InlineData("2025-04-17", "P1M", "eu-1182-71")]   // a Saturday end rolled to Monday
    [InlineData("2025-04-17", "P3M", "nl-atw")]
    [InlineData("2025-12-24", "P3D", "nl-atw")]       // Christmas, Boxing Day, Saturday and Sunday
    [InlineData("2028-12-29", "P1D", "eu-1182-71")]   // rolls past the decree data into 2029
    [InlineData("2025-01-31", "P1M", "nl-atw")]       // month-end truncation
    public void Explanations_DoNotDependOnWhichCacheAnswered(string from, string period, string convention)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var calendar = NetherlandsHolidayCalendar.Default;
        Assert.True(CountingConventionNames.TryParse(convention, out var counting));

        var expected = new DeadlineCalculator(zone, new ScannedCalendar(calendar)).Compute(Parse(from), ContractualPeriod.Parse(period), counting);
        var actual = new DeadlineCalculator(zone, calendar).Compute(Parse(from), ContractualPeriod.Parse(period), counting);

        Assert.Equal(expected.Explain(), actual.Explain());
    }

    [Theory]
    [InlineData("Europe/Amsterdam", 2005, 2030)]
    [InlineData("Europe/Amsterdam", 1890, 1950)]     // local mean time (+00:19:32) and the wartime changes
    [InlineData("Europe/Amsterdam", 9990, 9999)]     // the end of the calendar
    [InlineData("Europe/Amsterdam", -9998, -9990)]   // the start of the calendar
    [InlineData("America/Santiago", 2005, 2030)]     // clocks change at midnight: some days start at 01:00
    [InlineData("Pacific/Apia", 2005, 2030)]         // 30 December 2011 never happened
    [InlineData("Asia/Kathmandu", 1980, 1990)]       // +05:30, then +05:45 from 1986
    [InlineData("Etc/UTC", 9990, 9999)]              // one interval without start or end
    public void Expiries_AreTheStartOfTheNextDay_InTheZone(string zoneId, int firstYear, int lastYear)
    {
        // The expiry reuses the day range learnt from an earlier expiry's zone interval; ZoneDays looks every day up.
        // Periods of 0 and 2 days and 7 months make consecutive calls jump between summer and winter time.
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var calculator = new DeadlineCalculator(zone, NetherlandsHolidayCalendar.Default);
        var periods = new[] { ContractualPeriod.FromDays(0), ContractualPeriod.FromDays(2), ContractualPeriod.FromMonths(7) };
        var mismatches = new List<LocalDate>();
        var compared = 0;
        for (var date = new LocalDate(firstYear, 1, 1); date.Year <= lastYear && date < LocalDate.MaxIsoValue; date = date.PlusDays(1))
        {
            foreach (var period in periods)
            {
                foreach (var convention in Conventions)
                {
                    Deadline deadline;
                    try
                    {
                        deadline = calculator.Compute(date, period, convention);
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        // Past 9999-12-31: the equivalence test above checks these errors.
                        continue;
                    }

                    compared++;
                    if (deadline.ExpiresAt != ZoneDays.StartOfDay(zone, deadline.LastDay.PlusDays(1)))
                    {
                        mismatches.Add(deadline.LastDay);
                    }
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.True(compared > 9 * 365 * 3 * 3);
    }

    [Fact]
    public void ConcurrentCallers_GetTheSameDeadlinesAsTheScan()
    {
        // One calculator (and its cached day range) and one fresh table shared by four threads that walk the years in
        // different orders, so blocks are built and the cache replaced while others read them.
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var shared = new DeadlineCalculator(zone, NetherlandsHolidayCalendar.Default);
        var table = CachingHolidayCalendar.For(new ScannedCalendar(NetherlandsHolidayCalendar.Default));
        var first = new LocalDate(1960, 1, 1);
        const int Days = 80 * 365;
        var failures = 0;
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            for (var i = 0; i + worker < Days; i += 3)
            {
                // Each worker visits every third day, from a different start and in a different direction.
                var offset = worker % 2 == 0 ? i + worker : Days - 1 - i - worker;
                var date = first.PlusDays(offset);
                var period = ContractualPeriod.FromMonths(1 + (offset % 4));
                var convention = Conventions[offset % 3];
                var day = DayNumbers.FromIsoDate(date);
                var working = date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                    && !NetherlandsHolidayCalendar.Default.TryGetHoliday(date, out _);
                if (Outcome(shared, date, period, convention) != ScanningOracle.Outcome(NetherlandsHolidayCalendar.Default, zone, date, period, convention)
                    || table.IsWorkingDay(day) != working)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private static Result Outcome(DeadlineCalculator calculator, LocalDate date, ContractualPeriod period, CountingConvention convention)
    {
        try
        {
            var deadline = calculator.Compute(date, period, convention);
            return new Result(deadline.RawLastDay, deadline.LastDay, deadline.ExpiresAt, deadline.Adjustments, null);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return new Result(default, default, default, default, ex.Message.StartsWith("The deadline falls after 9999-12-31", StringComparison.Ordinal) ? "after the end of the calendar" : ex.Message);
        }
    }

    private readonly record struct Result(LocalDate RawLastDay, LocalDate LastDay, Instant ExpiresAt, DeadlineAdjustments Adjustments, string? Error);

    /// <summary>The reference: the conventions applied one day at a time, the way a reader of EU Regulation 1182/71 Art. 3
    /// and the Algemene termijnenwet Arts. 1, 2 and 4 would count on a calendar.</summary>
    private static class ScanningOracle
    {
        public static Result Outcome(NetherlandsHolidayCalendar holidays, DateTimeZone zone, LocalDate eventDate, ContractualPeriod period, CountingConvention convention)
        {
            try
            {
                var raw = period.Unit switch
                {
                    PeriodUnit.Days => eventDate.PlusDays(period.Count),
                    PeriodUnit.Weeks => eventDate.PlusWeeks(period.Count),
                    PeriodUnit.Months => eventDate.PlusMonths(period.Count),
                    _ => eventDate.PlusYears(period.Count),
                };
                var adjustments = DeadlineAdjustments.None;
                if (period.Unit is PeriodUnit.Months or PeriodUnit.Years && raw.Day != eventDate.Day)
                {
                    adjustments |= DeadlineAdjustments.MonthEndTruncated;
                }

                // Atw Art. 4: no extension for more than 90 days, twelve weeks or three months, nor for years.
                var atwExcluded = period.Unit switch
                {
                    PeriodUnit.Days => period.Count > 90,
                    PeriodUnit.Weeks => period.Count > 12,
                    PeriodUnit.Months => period.Count > 3,
                    _ => true,
                };
                if (convention == CountingConvention.NlAtw && atwExcluded)
                {
                    adjustments |= DeadlineAdjustments.ExtensionExcluded;
                }

                var last = raw;
                var rolls = convention == CountingConvention.Eu118271 || (convention == CountingConvention.NlAtw && !atwExcluded);
                if (rolls)
                {
                    // 1182/71 Art. 3(4), Atw Art. 1: a last day that is no working day moves to the next working day.
                    if (!IsWorkingDay(holidays, last))
                    {
                        do
                        {
                            last = last.PlusDays(1);
                        }
                        while (!IsWorkingDay(holidays, last));
                        adjustments |= DeadlineAdjustments.RolledToWorkingDay;
                    }

                    // 1182/71 Art. 3(5): a period of two days or more; Atw Art. 2: of at least three days. Count the working
                    // days after the event day up to the last day; while fewer than two, the end moves to the next working day.
                    var twoWorkingDays = period.Unit == PeriodUnit.Days ? period.Count >= (convention == CountingConvention.NlAtw ? 3 : 2) : period.Count >= 1;
                    if (twoWorkingDays)
                    {
                        while (CountWorkingDays(holidays, eventDate.PlusDays(1), last) < 2)
                        {
                            do
                            {
                                last = last.PlusDays(1);
                            }
                            while (!IsWorkingDay(holidays, last));
                            adjustments |= DeadlineAdjustments.ExtendedToTwoWorkingDays;
                        }
                    }

                    // The calendar may miss decree days before CompleteFrom and after CompleteThrough: flag a deadline
                    // whose roll or two-working-days count looked at such days.
                    if (last > holidays.CompleteThrough || raw < holidays.CompleteFrom
                        || (twoWorkingDays && eventDate.PlusDays(1) < holidays.CompleteFrom))
                    {
                        adjustments |= DeadlineAdjustments.HolidayDataIncomplete;
                    }
                }

                return new Result(raw, last, ZoneDays.StartOfDay(zone, last.PlusDays(1)), adjustments, null);
            }
            catch (OverflowException)
            {
                return new Result(default, default, default, default, "after the end of the calendar");
            }
            catch (ArgumentOutOfRangeException)
            {
                return new Result(default, default, default, default, "after the end of the calendar");
            }
        }

        private static bool IsWorkingDay(NetherlandsHolidayCalendar holidays, LocalDate day) =>
            day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !holidays.TryGetHoliday(day, out _);

        private static int CountWorkingDays(NetherlandsHolidayCalendar holidays, LocalDate first, LocalDate last)
        {
            var count = 0;
            for (var day = first; day <= last && count < 2; day = day.PlusDays(1))
            {
                count += IsWorkingDay(holidays, day) ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>The same holidays in another calendar instance, which therefore has a cache of its own.</summary>
    private sealed class ScannedCalendar(IHolidayCalendar inner) : IHolidayCalendar
    {
        public string Name => inner.Name;

        public LocalDate CompleteThrough => inner.CompleteThrough;

        public bool TryGetHoliday(LocalDate day, out Holiday holiday) => inner.TryGetHoliday(day, out holiday);
    }
}
