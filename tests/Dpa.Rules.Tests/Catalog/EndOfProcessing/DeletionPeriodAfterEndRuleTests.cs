using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class DeletionPeriodAfterEndRuleTests
{
    private static readonly DeletionPeriodAfterEndRule Rule = new();

    private static ProcessingAgreement Ended(LocalDate end, EndOfLifePeriod? deletion) => TestAgreements.Minimal() with
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, EndedOn = end },
        EndOfProcessing = new EndOfProcessingTerms { Deletion = deletion },
    };

    [Fact]
    public void DeletionOnlyOnRequest_ReportsDPA9004()
    {
        // Seed 004 clause 9.4: deletion "op verzoek van Klant" only; no period after the end.
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { DeletionOnRequest = true } };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA9004", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.deletion", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void DeletionPeriodRunningFromARequest_ReportsDPA9004()
    {
        var deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30), From = EndOfLifeTrigger.ControllerRequest };

        Assert.Equal("$.endOfProcessing.deletion", Assert.Single(RuleTester.Run(Rule, Ended(new LocalDate(2026, 1, 31), deletion))).Path);
    }

    [Fact]
    public void SixMonthDeletionPeriod_ReportsDPA9004WithTheComputedDeadline()
    {
        // Contract convention: 31 January + 6 months = 31 July.
        var deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(6) };

        var finding = Assert.Single(RuleTester.Run(Rule, Ended(new LocalDate(2026, 1, 31), deletion)));

        Assert.Equal("$.endOfProcessing.deletion.period", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains(new FindingFact("deletionDeadline", "2026-07-31"), finding.Facts);
        Assert.Contains(new FindingFact("sampleEndDate", "2026-01-31"), finding.Facts);
        Assert.Equal(
            "Deletion period after the end of the agreement: 6 months, at most 90 days expected; for an end on 2026-01-31 the personal data must be deleted by 2026-07-31",
            finding.Message);
    }

    [Fact]
    public void HundredDayDeletionPeriod_UsesTheAsOfDateWhenNoEndIsRecorded()
    {
        // No recorded end: the sample end date is the as-of date, 2026-11-25; + 100 days = 2027-03-05.
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms { Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(100) } },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Contains(new FindingFact("deletionDeadline", "2027-03-05"), finding.Facts);
    }

    [Theory]
    [InlineData("P60D")] // Seed 001 clause 14.5: at most 60 days after the end.
    [InlineData("P1M")] // Seed 000 App.1 §6: one month after the end.
    [InlineData("P90D")]
    [InlineData("P3M")] // 89 to 92 days: not certainly longer than 90 days.
    public void ShortDeletionPeriod_DoesNotReportDPA9004(string period)
    {
        var deletion = new EndOfLifePeriod { Period = ContractualPeriod.Parse(period) };

        Assert.Empty(RuleTester.Run(Rule, Ended(new LocalDate(2026, 1, 31), deletion)));
    }
}
