using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Dpa.Rules.Tests.Time;

/// <summary>Hand-worked examples: expectations come from the law text (legal.md §6) and a calendar, not from the code.</summary>
public sealed class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Amsterdam = DeadlineCalculator.Netherlands;

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static Instant I(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).GetValueOrThrow().ToInstant();

    private static CountingConvention C(string name) =>
        CountingConventionNames.TryParse(name, out var convention) ? convention : throw new ArgumentException(name);

    // contract: event day not counted, same-date rule, month-end truncation, no roll.
    [Theory]
    [InlineData("2025-01-31", "P1M", "2025-02-28", true)]   // 31 Jan + 1 month: February 2025 has 28 days
    [InlineData("2024-01-31", "P1M", "2024-02-29", true)]   // leap year
    [InlineData("2025-02-28", "P1M", "2025-03-28", false)]  // same date, not the month's end
    [InlineData("2025-01-31", "P2M", "2025-03-31", false)]  // added to the event, not step by step (that would give 28 March)
    [InlineData("2025-03-31", "P1M", "2025-04-30", true)]
    [InlineData("2024-02-29", "P1Y", "2025-02-28", true)]
    [InlineData("2024-02-29", "P4Y", "2028-02-29", false)]
    [InlineData("2025-01-01", "P60D", "2025-03-02", false)] // a Sunday: no roll under contract
    [InlineData("2025-03-01", "P2W", "2025-03-15", false)]
    [InlineData("2025-03-01", "P0D", "2025-03-01", false)]
    [InlineData("2025-04-05", "P1M", "2025-05-05", false)]  // Liberation Day: no roll under contract
    public void Contract_DayBasedPeriods(string from, string period, string lastDay, bool truncated)
    {
        var deadline = Amsterdam.Compute(D(from), ContractualPeriod.Parse(period), CountingConvention.Contract);

        Assert.Equal(D(lastDay), deadline.LastDay);
        Assert.Equal(D(lastDay), deadline.RawLastDay);
        Assert.Equal(truncated, deadline.Adjustments.HasFlag(DeadlineAdjustments.MonthEndTruncated));
        Assert.Equal(Amsterdam.Zone.AtStartOfDay(D(lastDay).PlusDays(1)).ToInstant(), deadline.ExpiresAt);
    }

    [Fact]
    public void Contract_ExpiryIsTheStartOfTheNextDayInTheZone()
    {
        var winter = Amsterdam.Compute(D("2025-01-31"), ContractualPeriod.FromMonths(1), CountingConvention.Contract);
        var summer = Amsterdam.Compute(D("2025-06-01"), ContractualPeriod.FromDays(14), CountingConvention.Contract);

        Assert.Equal(I("2025-02-28T23:00:00Z"), winter.ExpiresAt);
        Assert.Equal(new LocalDateTime(2025, 3, 1, 0, 0), winter.ExpiresAtLocal.LocalDateTime);
        Assert.Equal(Offset.FromHours(1), winter.ExpiresAtLocal.Offset);
        Assert.Equal(I("2025-06-15T22:00:00Z"), summer.ExpiresAt);
        Assert.Equal(Offset.FromHours(2), summer.ExpiresAtLocal.Offset);
        Assert.Equal(I("2025-02-01T00:00:00+01:00"), winter.CountingStartsAt);
    }

    [Fact]
    public void Expiry_InAZoneWhereMidnightIsSkipped_IsTheFirstInstantOfTheDay()
    {
        // America/Santiago moves from 00:00 -04:00 to 01:00 -03:00 on 2025-09-07: that day starts at 01:00.
        var santiago = new DeadlineCalculator(DateTimeZoneProviders.Tzdb["America/Santiago"], NetherlandsHolidayCalendar.Default);

        var deadline = santiago.Compute(D("2025-09-05"), ContractualPeriod.FromDays(1), CountingConvention.Contract);

        Assert.Equal(D("2025-09-06"), deadline.LastDay);
        Assert.Equal(I("2025-09-07T04:00:00Z"), deadline.ExpiresAt);
        Assert.Equal(new LocalDateTime(2025, 9, 7, 1, 0), deadline.ExpiresAtLocal.LocalDateTime);
    }

    // eu-1182-71: Art. 3(4) roll of a last day on Sat/Sun/holiday; Art. 3(5) at least two working days in periods of two days or more.
    [Theory]
    [InlineData("2025-01-31", "P1M", "2025-02-28", "2025-02-28", DeadlineAdjustments.MonthEndTruncated)]
    [InlineData("2025-04-05", "P1M", "2025-05-05", "2025-05-06", DeadlineAdjustments.RolledToWorkingDay)] // Liberation Day (Monday)
    [InlineData("2025-01-04", "P14D", "2025-01-18", "2025-01-20", DeadlineAdjustments.RolledToWorkingDay)] // Saturday -> Monday
    [InlineData("2025-04-17", "P1D", "2025-04-18", "2025-04-22", DeadlineAdjustments.RolledToWorkingDay)] // Good Friday, weekend, Easter Monday; one day: no Art. 3(5)
    // Friday 2025-01-03 + 2 days: Sat 4, Sun 5 -> rolled to Mon 6; only one working day (6) -> Tue 7.
    [InlineData("2025-01-03", "P2D", "2025-01-05", "2025-01-07", DeadlineAdjustments.RolledToWorkingDay | DeadlineAdjustments.ExtendedToTwoWorkingDays)]
    // Thursday 2025-04-17 + 2 days: Good Friday 18, Sat 19 -> Sun 20, Easter Monday 21 -> Tue 22; one working day -> Wed 23.
    [InlineData("2025-04-17", "P2D", "2025-04-19", "2025-04-23", DeadlineAdjustments.RolledToWorkingDay | DeadlineAdjustments.ExtendedToTwoWorkingDays)]
    // Wednesday 2025-12-24 + 3 days: Christmas 25, Boxing Day 26, Sat 27 -> Mon 29; one working day -> Tue 30.
    [InlineData("2025-12-24", "P3D", "2025-12-27", "2025-12-30", DeadlineAdjustments.RolledToWorkingDay | DeadlineAdjustments.ExtendedToTwoWorkingDays)]
    // Thursday 2025-05-29 (Ascension) + 1 day: Friday 30 is a decree day -> weekend -> Monday 2 June.
    [InlineData("2025-05-29", "P1D", "2025-05-30", "2025-06-02", DeadlineAdjustments.RolledToWorkingDay)]
    [InlineData("2024-05-05", "P1Y", "2025-05-05", "2025-05-06", DeadlineAdjustments.RolledToWorkingDay)] // years roll under 1182/71
    [InlineData("2025-01-31", "P1D", "2025-02-01", "2025-02-03", DeadlineAdjustments.RolledToWorkingDay)]
    [InlineData("2025-03-03", "P2D", "2025-03-05", "2025-03-05", DeadlineAdjustments.None)] // Tue 4 and Wed 5 are working days
    public void Eu118271_DayBasedPeriods(string from, string period, string raw, string lastDay, DeadlineAdjustments adjustments)
    {
        var deadline = Amsterdam.Compute(D(from), ContractualPeriod.Parse(period), CountingConvention.Eu118271);

        Assert.Equal(D(raw), deadline.RawLastDay);
        Assert.Equal(D(lastDay), deadline.LastDay);
        Assert.Equal(adjustments, deadline.Adjustments);
    }

    // nl-atw: Art. 1 roll; Art. 2 two working days for periods of at least three days; Art. 4 exclusions.
    [Theory]
    [InlineData("2025-04-05", "P1M", "2025-05-05", "2025-05-06", DeadlineAdjustments.RolledToWorkingDay)]
    // Friday 2025-01-03 + 2 days: Sun 5 -> Mon 6; Art. 2 does not apply to two days (1182/71 would give Tue 7).
    [InlineData("2025-01-03", "P2D", "2025-01-05", "2025-01-06", DeadlineAdjustments.RolledToWorkingDay)]
    [InlineData("2025-12-24", "P3D", "2025-12-27", "2025-12-30", DeadlineAdjustments.RolledToWorkingDay | DeadlineAdjustments.ExtendedToTwoWorkingDays)]
    // Thursday 2025-04-17 + 3 days: Good Friday, Sat, Sun 20 -> Easter Monday -> Tue 22; one working day -> Wed 23.
    [InlineData("2025-04-17", "P3D", "2025-04-20", "2025-04-23", DeadlineAdjustments.RolledToWorkingDay | DeadlineAdjustments.ExtendedToTwoWorkingDays)]
    [InlineData("2025-02-05", "P3M", "2025-05-05", "2025-05-06", DeadlineAdjustments.RolledToWorkingDay)] // three months: still extended
    [InlineData("2025-01-05", "P4M", "2025-05-05", "2025-05-05", DeadlineAdjustments.ExtensionExcluded)] // more than three months (Art. 4)
    [InlineData("2024-12-29", "P90D", "2025-03-29", "2025-03-31", DeadlineAdjustments.RolledToWorkingDay)] // 90 days: extended
    [InlineData("2024-12-28", "P91D", "2025-03-29", "2025-03-29", DeadlineAdjustments.ExtensionExcluded)] // more than 90 days
    [InlineData("2025-01-04", "P12W", "2025-03-29", "2025-03-31", DeadlineAdjustments.RolledToWorkingDay)] // twelve weeks: extended
    [InlineData("2025-01-04", "P13W", "2025-04-05", "2025-04-05", DeadlineAdjustments.ExtensionExcluded)] // more than twelve weeks
    [InlineData("2024-05-05", "P1Y", "2025-05-05", "2025-05-05", DeadlineAdjustments.ExtensionExcluded)] // years are never extended
    [InlineData("2024-01-31", "P1M", "2024-02-29", "2024-02-29", DeadlineAdjustments.MonthEndTruncated)] // Thursday
    public void NlAtw_DayBasedPeriods(string from, string period, string raw, string lastDay, DeadlineAdjustments adjustments)
    {
        var deadline = Amsterdam.Compute(D(from), ContractualPeriod.Parse(period), CountingConvention.NlAtw);

        Assert.Equal(D(raw), deadline.RawLastDay);
        Assert.Equal(D(lastDay), deadline.LastDay);
        Assert.Equal(adjustments, deadline.Adjustments);
    }

    [Fact]
    public void DecreeDay_IgnoredByTheStatutoryOnlyCalendar()
    {
        var statutory = new DeadlineCalculator(Amsterdam.Zone, NetherlandsHolidayCalendar.StatutoryOnly);

        var deadline = statutory.Compute(D("2025-05-29"), ContractualPeriod.FromDays(1), CountingConvention.NlAtw);

        Assert.Equal(D("2025-05-30"), deadline.LastDay);
    }

    [Fact]
    public void BeyondDecreeData_TheDeadlineSaysItMayDependOnUnknownHolidays()
    {
        var late = Amsterdam.Compute(D("2029-01-05"), ContractualPeriod.FromDays(1), CountingConvention.Eu118271);
        var known = Amsterdam.Compute(D("2028-01-05"), ContractualPeriod.FromDays(1), CountingConvention.Eu118271);
        var contract = Amsterdam.Compute(D("2029-01-05"), ContractualPeriod.FromDays(1), CountingConvention.Contract);

        Assert.Equal(D("2029-01-08"), late.LastDay); // Saturday 6 -> Monday 8
        Assert.True(late.MayDependOnUnknownHolidays);
        Assert.Contains(late.Explain(), s => s.Contains("complete only through 2028-12-31", StringComparison.Ordinal));
        Assert.False(known.MayDependOnUnknownHolidays);
        Assert.False(contract.MayDependOnUnknownHolidays);
    }

    [Fact]
    public void BeforeDecreeData_TheExplanationNamesTheStartOfTheData_NotItsEnd()
    {
        // Ascension Day 2019 falls in the period; the calendar's decree data start in 2023 (Algemene termijnenwet Art. 3(3)).
        var early = Amsterdam.Compute(D("2019-05-29"), ContractualPeriod.FromDays(1), CountingConvention.NlAtw);

        Assert.True(early.MayDependOnUnknownHolidays);
        Assert.Contains(early.Explain(), s => s.Contains("no verified decree data for 2019", StringComparison.Ordinal));
        Assert.DoesNotContain(early.Explain(), s => s.Contains("complete only through", StringComparison.Ordinal));
    }

    // Hours: elapsed time on the time line. Europe/Amsterdam: CET -> CEST on 2025-03-30, CEST -> CET on 2025-10-26.
    [Theory]
    [InlineData("2025-03-29T12:00:00+01", "PT24H", "2025-03-30T13:00:00+02")] // one hour later on the wall clock
    [InlineData("2025-03-29T12:00:00+01", "PT72H", "2025-04-01T13:00:00+02")]
    [InlineData("2025-10-25T12:00:00+02", "PT24H", "2025-10-26T11:00:00+01")] // one hour earlier on the wall clock
    [InlineData("2025-10-25T12:00:00+02", "PT72H", "2025-10-28T11:00:00+01")]
    [InlineData("2025-06-02T10:15:00+02", "PT48H", "2025-06-04T10:15:00+02")]
    public void ContractAndAtw_Hours_AreElapsedTimeAcrossDst(string from, string period, string expiresLocal)
    {
        foreach (var convention in new[] { CountingConvention.Contract, CountingConvention.NlAtw })
        {
            var deadline = Amsterdam.Compute(I(from), ContractualPeriod.Parse(period), convention);

            Assert.Equal(I(expiresLocal), deadline.ExpiresAt);
            Assert.Equal(OffsetDateTimePattern.ExtendedIso.Parse(expiresLocal).Value, deadline.ExpiresAtLocal.ToOffsetDateTime());
            Assert.Equal(I(from), deadline.CountingStartsAt);
            Assert.Equal(convention == CountingConvention.NlAtw ? DeadlineAdjustments.ExtensionExcluded : DeadlineAdjustments.None, deadline.Adjustments);
        }
    }

    [Theory]
    [InlineData("2025-03-29T11:20:00+01", "PT24H", "2025-03-29T12:00:00+01", "2025-03-30T13:00:00+02")]
    [InlineData("2025-06-02T10:00:00+02", "PT24H", "2025-06-02T11:00:00+02", "2025-06-03T11:00:00+02")] // the event's own hour is not counted
    [InlineData("2025-10-25T12:59:59+02", "PT72H", "2025-10-25T13:00:00+02", "2025-10-28T12:00:00+01")]
    [InlineData("2025-04-18T09:30:00+02", "PT24H", "2025-04-18T10:00:00+02", "2025-04-19T10:00:00+02")] // Good Friday to Saturday: never rolled
    public void Eu118271_Hours_StartAtTheNextFullHour(string from, string period, string start, string expires)
    {
        var deadline = Amsterdam.Compute(I(from), ContractualPeriod.Parse(period), CountingConvention.Eu118271);
        var contract = Amsterdam.Compute(I(from), ContractualPeriod.Parse(period), CountingConvention.Contract);

        Assert.Equal(I(start), deadline.CountingStartsAt);
        Assert.Equal(I(expires), deadline.ExpiresAt);
        Assert.True(contract.ExpiresAt <= deadline.ExpiresAt);
        Assert.Equal(DeadlineAdjustments.None, deadline.Adjustments);
    }

    [Fact]
    public void Hours_LastDayIsTheDayOfTheLastInstant()
    {
        var deadline = Amsterdam.Compute(I("2025-06-01T00:00:00+02"), ContractualPeriod.FromHours(24), CountingConvention.Contract);

        Assert.Equal(I("2025-06-02T00:00:00+02"), deadline.ExpiresAt);
        Assert.Equal(D("2025-06-01"), deadline.LastDay);
    }

    [Fact]
    public void InstantEvent_DayPeriodCountsFromItsLocalDate()
    {
        // 23:30 UTC on 31 January is already 1 February in Amsterdam.
        var deadline = Amsterdam.Compute(I("2025-01-31T23:30:00Z"), ContractualPeriod.FromMonths(1), CountingConvention.Contract);

        Assert.Equal(D("2025-02-01"), deadline.EventDate);
        Assert.Equal(D("2025-03-01"), deadline.LastDay);
    }

    [Fact]
    public void SkippedLocalTime_IsRejectedUnlessAResolverIsGiven()
    {
        var skipped = new LocalDateTime(2025, 3, 30, 2, 30);

        var ex = Assert.Throws<SkippedTimeException>(() => Amsterdam.Compute(skipped, ContractualPeriod.FromHours(24), CountingConvention.Contract));
        Assert.Equal(skipped, ex.LocalDateTime);
        Assert.Equal("Europe/Amsterdam", ex.Zone.Id);

        var lenient = Amsterdam.Compute(skipped, ContractualPeriod.FromHours(24), CountingConvention.Contract, Resolvers.LenientResolver);
        Assert.Equal(I("2025-03-31T03:30:00+02"), lenient.ExpiresAt); // lenient shifts forward to 03:30 CEST
    }

    [Fact]
    public void AmbiguousLocalTime_IsRejectedUnlessAResolverIsGiven()
    {
        var ambiguous = new LocalDateTime(2025, 10, 26, 2, 30);

        Assert.Throws<AmbiguousTimeException>(() => Amsterdam.Compute(ambiguous, ContractualPeriod.FromHours(24), CountingConvention.Contract));

        var earlier = Amsterdam.Compute(ambiguous, ContractualPeriod.FromHours(24), CountingConvention.Contract, Resolvers.LenientResolver);
        Assert.Equal(I("2025-10-27T01:30:00+01"), earlier.ExpiresAt); // 02:30 CEST = 00:30Z, + 24 h
    }

    [Fact]
    public void OffsetDateTime_IsAlwaysAccepted_EvenInTheRepeatedHour()
    {
        var secondHalf = new OffsetDateTime(new LocalDateTime(2025, 10, 26, 2, 30), Offset.FromHours(1));

        var deadline = Amsterdam.Compute(secondHalf, ContractualPeriod.FromHours(24), CountingConvention.Contract);

        Assert.Equal(I("2025-10-27T02:30:00+01"), deadline.ExpiresAt);
        Assert.Equal(I("2025-10-26T02:30:00+01"), deadline.EventInstant);
    }

    [Fact]
    public void UnambiguousLocalTime_NeedsNoResolver()
    {
        var deadline = Amsterdam.Compute(new LocalDateTime(2025, 3, 29, 12, 0), ContractualPeriod.FromHours(24), CountingConvention.Contract);

        Assert.Equal(I("2025-03-30T13:00:00+02"), deadline.ExpiresAt);
    }

    [Fact]
    public void HourPeriodFromADate_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Amsterdam.Compute(D("2025-03-01"), ContractualPeriod.FromHours(24), CountingConvention.Contract));

        Assert.Equal("period", ex.ParamName);
    }

    [Fact]
    public void UndefinedConvention_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Amsterdam.Compute(D("2025-03-01"), ContractualPeriod.FromDays(1), (CountingConvention)7));
    }

    [Theory]
    [InlineData("contract", CountingConvention.Contract)]
    [InlineData("eu-1182-71", CountingConvention.Eu118271)]
    [InlineData("nl-atw", CountingConvention.NlAtw)]
    public void ConventionNames_RoundTrip(string name, CountingConvention convention)
    {
        Assert.Equal(convention, C(name));
        Assert.Equal(name, CountingConventionNames.GetName(convention));
    }

    [Fact]
    public void ConventionNames_RejectUnknownOrDifferentlyCased()
    {
        Assert.False(CountingConventionNames.TryParse("NL-ATW", out _));
        Assert.False(CountingConventionNames.TryParse(null, out _));
    }

    [Fact]
    public void Compute_WithoutExplanation_AllocatesNothing()
    {
        // A zone instance of its own: NodaTime's shared zones cache their intervals, and a cache miss caused by another test
        // running in parallel would allocate on this thread.
        var calculator = new DeadlineCalculator(TzdbDateTimeZoneSource.Default.ForId("Europe/Amsterdam"), NetherlandsHolidayCalendar.Default);
        var periods = new[] { ContractualPeriod.FromDays(2), ContractualPeriod.FromMonths(1), ContractualPeriod.FromYears(1), ContractualPeriod.FromWeeks(13) };
        var conventions = new[] { CountingConvention.Contract, CountingConvention.Eu118271, CountingConvention.NlAtw };
        var date = D("2025-04-17");
        var instant = I("2025-03-29T10:20:00Z");
        long Run()
        {
            long sum = 0;
            for (var i = 0; i < 200; i++)
            {
                foreach (var period in periods)
                {
                    foreach (var convention in conventions)
                    {
                        sum += calculator.Compute(date.PlusDays(i), period, convention).ExpiresAt.ToUnixTimeTicks();
                        sum += calculator.Compute(instant, ContractualPeriod.FromHours(72), convention).ExpiresAt.ToUnixTimeTicks();
                    }
                }
            }

            return sum;
        }

        var expected = Run(); // warm up caches and the JIT

        // Tiered JIT promotion can allocate a few bytes once on this thread; an allocation per deadline would show in every
        // run (thousands of calls), so the steady state is the least of a few runs.
        var allocated = long.MaxValue;
        var same = true;
        for (var attempt = 0; attempt < 5 && allocated != 0; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            same &= Run() == expected;
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(same);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void HourDeadline_WhoseLocalExpiryIsInYear10000_IsTheDocumentedEndOfCalendarError()
    {
        // 23:30 UTC on 9999-12-31 + 24 h is past the calendar; 9999-12-30T23:30Z + 24 h is the last UTC day but
        // already 10000-01-01T00:30+01:00 in Amsterdam, so it has no local date-time either.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => Amsterdam.Compute(I("9999-12-30T23:30:00Z"), ContractualPeriod.FromHours(24), CountingConvention.Contract));

        Assert.Contains("after 9999-12-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HourDeadline_EndingOnTheCalendarsLastDayLocally_IsComputed()
    {
        var deadline = Amsterdam.Compute(I("9999-12-30T12:00:00Z"), ContractualPeriod.FromHours(24), CountingConvention.Contract);

        Assert.Equal(D("9999-12-31"), deadline.LastDay);
        Assert.Equal(I("9999-12-31T12:00:00Z"), deadline.ExpiresAt);
        Assert.NotEmpty(deadline.Explain());
    }
}
