using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Tests.Time;

public sealed class DeadlineTests
{
    private static readonly DeadlineCalculator Amsterdam = DeadlineCalculator.Netherlands;

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void Explain_MonthEndTruncation_ListsEveryStepInOrder()
    {
        var steps = Amsterdam.Compute(D("2025-01-31"), ContractualPeriod.FromMonths(1), CountingConvention.Contract).Explain();

        Assert.Equal(
            [
                "Event: Friday 2025-01-31, a date in Europe/Amsterdam.",
                "Counting starts on Saturday 2025-02-01: the day of the event is not counted.",
                "Raw end: 2025-01-31 + 1 month falls on the same date, day 31, in February 2025.",
                "Month-end truncation: February 2025 has no day 31, so the period ends on the last day of that month, Friday 2025-02-28 (EU Regulation 1182/71 Art. 3(2)(c)).",
                "No weekend or holiday roll: the contract convention counts calendar days only.",
                "Expires at the end of Friday 2025-02-28: 2025-03-01T00:00:00+01:00 in Europe/Amsterdam (UTC offset +01:00), which is 2025-02-28T23:00:00Z.",
            ],
            steps);
    }

    [Fact]
    public void Explain_RollAndTwoWorkingDays_NameTheHolidaysAndTheArticles()
    {
        var steps = Amsterdam.Compute(D("2025-04-17"), ContractualPeriod.FromDays(2), CountingConvention.Eu118271).Explain();

        Assert.Equal(6, steps.Length);
        Assert.Equal("Counting starts on Friday 2025-04-18: the day of the event is not counted (EU Regulation 1182/71 Art. 3(1)).", steps[1]);
        Assert.Equal("Raw end: 2025-04-17 + 2 days = Saturday 2025-04-19.", steps[2]);
        Assert.Equal(
            "Weekend/holiday roll: Saturday 2025-04-19 is a Saturday, Sunday 2025-04-20 is a Sunday, Monday 2025-04-21 is a public holiday (Easter Monday); the period ends on the next working day, Tuesday 2025-04-22 (EU Regulation 1182/71 Art. 3(4)).",
            steps[3]);
        Assert.Equal(
            "Two working days: the days from 2025-04-18 to 2025-04-22 include only one working day, so the period is extended to Wednesday 2025-04-23, the day on which it includes two (EU Regulation 1182/71 Art. 3(5)).",
            steps[4]);
        Assert.StartsWith("Expires at the end of Wednesday 2025-04-23: 2025-04-24T00:00:00+02:00", steps[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Atw_CitesTheActAndItsExclusions()
    {
        var rolled = Amsterdam.Compute(D("2025-04-05"), ContractualPeriod.FromMonths(1), CountingConvention.NlAtw).Explain();
        var excluded = Amsterdam.Compute(D("2024-05-05"), ContractualPeriod.FromYears(1), CountingConvention.NlAtw).Explain();
        var shortPeriod = Amsterdam.Compute(D("2025-01-03"), ContractualPeriod.FromDays(2), CountingConvention.NlAtw).Explain();

        Assert.Contains("Monday 2025-05-05 is a public holiday (Liberation Day); the period ends on the next working day, Tuesday 2025-05-06 (Algemene termijnenwet Art. 1(1)).", rolled[3], StringComparison.Ordinal);
        Assert.Contains("(Algemene termijnenwet Art. 2)", rolled[4], StringComparison.Ordinal);
        Assert.Equal("No weekend or holiday extension: the Algemene termijnenwet does not apply to periods in years (Art. 4).", excluded[3]);
        Assert.Equal("The two-working-days rule does not apply: it covers periods of at least three days (Algemene termijnenwet Art. 2).", shortPeriod[4]);
    }

    [Fact]
    public void Explain_HoursAcrossDst_SaysTheOffsetChanged()
    {
        var from = Instant.FromUtc(2025, 3, 29, 11, 0);

        var steps = Amsterdam.Compute(from, ContractualPeriod.FromHours(24), CountingConvention.Contract).Explain();

        Assert.Equal("Event: 2025-03-29T11:00:00Z, which is 2025-03-29T12:00:00+01:00 (Saturday) in Europe/Amsterdam.", steps[0]);
        Assert.Equal(
            "Raw end: 2025-03-29T12:00:00+01:00 + 24 hours of elapsed time = 2025-03-30T13:00:00+02:00. The local clock time differs from the start's because the UTC offset of Europe/Amsterdam changes from +01:00 to +02:00 in between.",
            steps[2]);
        Assert.Contains("never moved to a working day", steps[3], StringComparison.Ordinal);
        Assert.Equal("Expires at 2025-03-30T13:00:00+02:00 in Europe/Amsterdam (UTC offset +02:00), which is 2025-03-30T11:00:00Z; last day Sunday 2025-03-30.", steps[4]);
    }

    [Fact]
    public void Explain_EuHours_SaysContractIsNeverLater()
    {
        var steps = Amsterdam.Compute(Instant.FromUtc(2025, 6, 2, 8, 15), ContractualPeriod.FromHours(72), CountingConvention.Eu118271).Explain();

        Assert.Contains("next full hour, 2025-06-02T11:00:00+02:00", steps[1], StringComparison.Ordinal);
        Assert.Contains("never later", steps[1], StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultValue_IsUsableAndInUtc()
    {
        Deadline deadline = default;

        Assert.Equal(DateTimeZone.Utc, deadline.Zone);
        Assert.Equal("1970-01-01T00:00:00+00:00 (contract)", deadline.ToString());
    }

    [Fact]
    public void ToString_ShowsLocalExpiryAndConvention()
    {
        var deadline = Amsterdam.Compute(D("2025-04-05"), ContractualPeriod.FromMonths(1), CountingConvention.NlAtw);

        Assert.Equal("2025-05-07T00:00:00+02:00 (nl-atw)", deadline.ToString());
    }
}
