using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class DataSubjectAssistanceTooSlowRuleTests
{
    private static readonly DataSubjectAssistanceTooSlowRule Rule = new();

    private static ProcessingAgreement With(ContractualPeriod period, CountingConvention? convention = null) => TestAgreements.Minimal() with
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, CountingConvention = convention },
        Assistance = new AssistanceTerms { DataSubjectRequests = new DataSubjectAssistance { Provided = true, ResponsePeriod = period } },
    };

    [Fact]
    public void AssistanceWithinOneMonth_ReportsDPA3008()
    {
        // Seed 002 clause 3.5: the processor reports "in ieder geval binnen één (1) maand" (within one month in any case).
        // A request received on 2026-11-25 must be answered by 2026-12-25 (Art. 12(3): one month of receipt, the same
        // date of the next month); the processor may take the whole of that month, leaving the controller no day.
        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromMonths(1)), asOf: new LocalDate(2026, 11, 25)));

        Assert.Equal("DPA3008", finding.RuleId.ToString());
        Assert.Equal("$.assistance.dataSubjectRequests.responsePeriod", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            [
                new("requestReceived", "2026-11-25"),
                new("processorDeadline", "2026-12-25"),
                new("controllerDeadline", "2026-12-25"),
                new("daysLeft", "0"),
            ],
            finding.Facts);
    }

    [Fact]
    public void SeventeenDays_ReportsDPA3008WithThirteenDaysLeft()
    {
        // 2026-11-25 + 17 days = 2026-12-12; the controller's month ends 2026-12-25: 13 days left, fewer than 14.
        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromDays(17)), asOf: new LocalDate(2026, 11, 25)));

        Assert.Contains(new("daysLeft", "13"), finding.Facts);
        Assert.Equal(
            "Of the one month the controller has to answer a data subject, the processor's assistance period of 17 days leaves 13 days; at least 14 days is needed",
            finding.Message);
    }

    [Fact]
    public void RequestOnLastDayOfJanuary_ReportsDPA3008AgainstTheEndOfFebruary()
    {
        // Received 2027-01-31: the month ends on 2027-02-28, February having no 31st (legal.md §6, 1182/71 Art. 3(2)(c)).
        // 21 days from the request end on 2027-02-21: 7 days left.
        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromDays(21)), asOf: new LocalDate(2027, 1, 31)));

        Assert.Contains(new("controllerDeadline", "2027-02-28"), finding.Facts);
        Assert.Contains(new("processorDeadline", "2027-02-21"), finding.Facts);
        Assert.Contains(new("daysLeft", "7"), finding.Facts);
    }

    [Fact]
    public void AgreementConventionRollsTheProcessorDeadline_ReportsDPA3008()
    {
        // The agreement counts its periods under the Algemene termijnenwet: 16 days from Thursday 2026-11-19 end on
        // Saturday 2026-12-05 and are extended to Monday 2026-12-07 (Atw Art. 1). The controller's month ends on
        // 2026-12-19: 12 days left, where without the extension 14 would remain.
        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromDays(16), CountingConvention.NlAtw), asOf: new LocalDate(2026, 11, 19)));

        Assert.Contains(new("processorDeadline", "2026-12-07"), finding.Facts);
        Assert.Contains(new("daysLeft", "12"), finding.Facts);
    }

    [Fact]
    public void FourteenDaysLeftExactly_DoesNotReportDPA3008()
    {
        // 2026-11-25 + 16 days = 2026-12-11; 14 days remain until 2026-12-25.
        Assert.Empty(RuleTester.Run(Rule, With(ContractualPeriod.FromDays(16)), asOf: new LocalDate(2026, 11, 25)));
    }

    [Fact]
    public void AssistanceWithinSeventyTwoHours_DoesNotReportDPA3008() =>
        Assert.Empty(RuleTester.Run(Rule, With(ContractualPeriod.FromHours(72)), asOf: new LocalDate(2026, 11, 25)));

    [Fact]
    public void MarginConfiguredToZero_DoesNotReportDPA3008()
    {
        var thresholds = RuleThresholds.Default with { DataSubjectRequestMargin = ContractualPeriod.FromDays(0) };

        Assert.Empty(RuleTester.Run(Rule, With(ContractualPeriod.FromMonths(1)), asOf: new LocalDate(2026, 11, 25), thresholds: thresholds));
    }

    [Fact]
    public void NoPeriodStated_DoesNotReportDPA3008()
    {
        // Seeds 000, 001, 003 and 004: assistance without a deadline; DPA3007 covers whether assistance exists at all.
        var agreement = TestAgreements.Minimal() with
        {
            Assistance = new AssistanceTerms { DataSubjectRequests = new DataSubjectAssistance { Provided = true } },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void MarginOfThreeWeeks_ReportsDPA3008ForFourteenDaysLeft()
    {
        // With a margin of P3W the processor must be done by 2026-12-04; 16 days end on 2026-12-11.
        var thresholds = RuleThresholds.Default with { DataSubjectRequestMargin = ContractualPeriod.FromWeeks(3) };

        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromDays(16)), asOf: new LocalDate(2026, 11, 25), thresholds: thresholds));

        Assert.Contains(new("daysLeft", "14"), finding.Facts);
    }

    [Fact]
    public void Message_IsLocalizedInDutch_ReportsDPA3008()
    {
        var finding = Assert.Single(RuleTester.Run(
            Rule, With(ContractualPeriod.FromMonths(1)), asOf: new LocalDate(2026, 11, 25), culture: System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(
            "Van de maand die de verwerkingsverantwoordelijke heeft om een betrokkene te antwoorden, laat de bijstandstermijn van 1 maand van de verwerker geen tijd over; nodig is ten minste 14 dagen",
            finding.Message);
    }
}
