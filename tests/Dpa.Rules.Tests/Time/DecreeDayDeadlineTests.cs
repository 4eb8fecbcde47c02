using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Tests.Time;

/// <summary>Deadlines that end on, or are counted across, days equated by Royal Decree (Algemene termijnenwet Art. 3(3)).</summary>
public sealed class DecreeDayDeadlineTests
{
    private static readonly DeadlineCalculator Amsterdam = DeadlineCalculator.Netherlands;

    private static readonly DeadlineCalculator StatutoryOnly =
        new(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"], NetherlandsHolidayCalendar.StatutoryOnly);

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    // Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen
    // erkende feestdag: 28 April 2023 and 19 May 2023 are equated with the Art. 3(1) holidays, so Atw Art. 1(1) extends a
    // period ending on them.
    [Theory]
    // Tuesday 16 May 2023 + 3 days = Friday 19 May (decree day), Sat 20, Sun 21 -> Monday 22 May. Art. 2: Wed 17 and Mon 22
    // are two working days (Thursday 18 May is Ascension Day).
    [InlineData("2023-05-16", "2023-05-19", "2023-05-22")]
    // Tuesday 25 April 2023 + 3 days = Friday 28 April (decree day), Sat 29, Sun 30 -> Monday 1 May. Art. 2: Wed 26 and
    // Mon 1 May are two working days (Thursday 27 April is King's Day).
    [InlineData("2023-04-25", "2023-04-28", "2023-05-01")]
    public void NlAtw_2023_DeadlineEndingOnADecreeDay_RollsOverIt(string from, string raw, string lastDay)
    {
        var deadline = Amsterdam.Compute(D(from), ContractualPeriod.FromDays(3), CountingConvention.NlAtw);
        var withoutDecree = StatutoryOnly.Compute(D(from), ContractualPeriod.FromDays(3), CountingConvention.NlAtw);

        Assert.Equal(D(raw), deadline.RawLastDay);
        Assert.Equal(D(lastDay), deadline.LastDay);
        Assert.Equal(DeadlineAdjustments.RolledToWorkingDay, deadline.Adjustments);
        Assert.Equal(D(raw), withoutDecree.LastDay); // the decree day is what moves it
        Assert.Contains(
            deadline.Explain(),
            s => s.StartsWith($"Weekend/holiday roll: Friday {raw} is a public holiday (Day after ", StringComparison.Ordinal)
                && s.EndsWith($"(equated by Royal Decree)), Saturday {D(raw).PlusDays(1):uuuu-MM-dd} is a Saturday, Sunday {D(raw).PlusDays(2):uuuu-MM-dd} is a Sunday; the period ends on the next working day, Monday {lastDay} (Algemene termijnenwet Art. 1(1)).", StringComparison.Ordinal));
    }

    [Fact]
    public void Eu118271_2023_DecreeDay_IsAHolidayOfTheMemberStateToo()
    {
        // The same decree; 1182/71 Art. 2 takes the public holidays of the member state concerned. Thursday 18 May 2023 + 1 day.
        var deadline = Amsterdam.Compute(D("2023-05-18"), ContractualPeriod.FromDays(1), CountingConvention.Eu118271);

        Assert.Equal(D("2023-05-22"), deadline.LastDay);
    }

    private const string NoDecreeData = "has no verified decree data for ";

    // Outside the sourced range (2023-2028) the calendar holds no decree days. The decree for 2017-2019 (wetten.overheid.nl,
    // BWBR0038666: Besluit van 24 oktober 2016, nr. 2016001827) equated Friday 31 May 2019, so under the Atw this deadline
    // really ran to Monday 3 June 2019; the calendar, lacking that decree, says Friday 31 May and must warn.
    [Theory]
    [InlineData("2019-05-29", "2019-05-31", "2019")] // Wednesday + 1 day = Ascension Day (Thursday 30 May) -> Friday 31 May
    [InlineData("2021-05-12", "2021-05-14", "2021")] // Ascension Day: Thursday 13 May 2021; no decree for 2020-2022 was found
    public void OutsideTheSourcedRange_TheExplanationSaysTheCalendarHasNoDecreeDataForThatYear(string from, string lastDay, string year)
    {
        var deadline = Amsterdam.Compute(D(from), ContractualPeriod.FromDays(1), CountingConvention.NlAtw);

        Assert.Equal(D(lastDay), deadline.LastDay);
        Assert.Contains(
            $"Caution: the holiday calendar 'Netherlands (Algemene termijnenwet Art. 3, Royal Decree days 2023-2028)' has no verified decree data for {year}: it is complete only from 2023-01-01, so a day equated for that year (e.g. by Royal Decree) could still move this deadline.",
            deadline.Explain());
        Assert.True(deadline.MayDependOnUnknownHolidays); // the years before the sourced range may have had decree days too
    }

    [Theory]
    [InlineData("2025-05-28", CountingConvention.NlAtw)] // Thursday 29 May 2025 (Ascension Day) -> over the decree day 30 May -> Monday 2 June
    [InlineData("2023-05-17", CountingConvention.Eu118271)] // the first sourced year
    [InlineData("2028-12-28", CountingConvention.NlAtw)] // the last day of the range is counted, nothing after it
    public void InsideTheSourcedRange_ThereIsNoSuchStep(string from, CountingConvention convention)
    {
        var steps = Amsterdam.Compute(D(from), ContractualPeriod.FromDays(1), convention).Explain();

        Assert.DoesNotContain(steps, s => s.Contains(NoDecreeData, StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.StartsWith("Caution:", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyDaysTheCountingLooksAt_AreChecked()
    {
        // Contract counting never looks at holidays; the statutory-only calendar has no decree data by choice.
        var contract = Amsterdam.Compute(D("2019-05-29"), ContractualPeriod.FromDays(1), CountingConvention.Contract);
        var statutory = StatutoryOnly.Compute(D("2019-05-29"), ContractualPeriod.FromDays(1), CountingConvention.NlAtw);

        // 1182/71 Art. 3(5): two years from Monday 1 June 2020 look at Tuesday 2 June 2020 (a working day) and at the
        // last day, Wednesday 1 June 2022; 2021 is counted but never looked up.
        var twoYears = Amsterdam.Compute(D("2020-06-01"), ContractualPeriod.FromYears(2), CountingConvention.Eu118271);

        // Thursday 29 December 2022 + 3 days = Sunday 1 January 2023 -> Monday 2 January (Atw Art. 1); Art. 2 looked at
        // Friday 30 December 2022, the one day before the range.
        var intoTheRange = Amsterdam.Compute(D("2022-12-29"), ContractualPeriod.FromDays(3), CountingConvention.NlAtw);

        Assert.DoesNotContain(contract.Explain(), s => s.Contains(NoDecreeData, StringComparison.Ordinal));
        Assert.DoesNotContain(statutory.Explain(), s => s.Contains(NoDecreeData, StringComparison.Ordinal));
        Assert.Contains(twoYears.Explain(), s => s.Contains(NoDecreeData + "2020 and 2022: ", StringComparison.Ordinal) && s.Contains("those years", StringComparison.Ordinal));
        Assert.Equal(D("2023-01-02"), intoTheRange.LastDay);
        Assert.Contains(intoTheRange.Explain(), s => s.Contains(NoDecreeData + "2022: ", StringComparison.Ordinal));
    }

    [Fact]
    public void CompleteFrom_BoundsTheDecreeData_AndDefaultsToTheStartOfTheCalendarForHostCalendars()
    {
        IHolidayCalendar host = new HostCalendar();

        Assert.Equal(new LocalDate(NetherlandsHolidayCalendar.DecreeDataFirstYear, 1, 1), NetherlandsHolidayCalendar.Default.CompleteFrom);
        Assert.Equal(LocalDate.MinIsoValue, NetherlandsHolidayCalendar.StatutoryOnly.CompleteFrom);
        Assert.Equal(LocalDate.MinIsoValue, host.CompleteFrom);
        Assert.DoesNotContain(
            new DeadlineCalculator(DateTimeZone.Utc, host).Compute(D("1990-05-23"), ContractualPeriod.FromDays(1), CountingConvention.NlAtw).Explain(),
            s => s.Contains(NoDecreeData, StringComparison.Ordinal));
    }

    /// <summary>A host calendar written against the interface without the newer member.</summary>
    private sealed class HostCalendar : IHolidayCalendar
    {
        public string Name => "host";

        public LocalDate CompleteThrough => LocalDate.MaxIsoValue;

        public bool TryGetHoliday(LocalDate day, out Holiday holiday)
        {
            holiday = default;
            return false;
        }
    }
}
