using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class BreachDeadlineExceedsControllerWindowRuleTests
{
    private static readonly BreachDeadlineExceedsControllerWindowRule Rule = new();

    [Fact]
    public void SeventyTwoHours_ReportsDPA7003()
    {
        // Art. 33(1): the controller itself has 72 hours from awareness; a processor allowed all of them leaves none.
        var finding = Assert.Single(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(72), BreachTrigger.Awareness)));

        Assert.Equal("DPA7003", finding.RuleId.ToString());
        Assert.Equal("$.breach.deadline", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains(new FindingFact("processorDeadline", "PT72H"), finding.Facts);
    }

    [Fact]
    public void ThreeDays_ReportsDPA7003()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, Breach(ContractualPeriod.FromDays(3), BreachTrigger.Awareness)));

        Assert.Equal("$.breach.deadline", finding.Path);
    }

    [Fact]
    public void OneMonth_ReportsDPA7003()
    {
        Assert.Single(RuleTester.Run(Rule, Breach(ContractualPeriod.FromMonths(1), trigger: null)));
    }

    [Theory]
    [InlineData(BreachTrigger.Confirmation, "confirmation")]
    [InlineData(BreachTrigger.AfterInvestigation, "afterInvestigation")]
    public void TriggerLaterThanAwareness_ReportsDPA7003(BreachTrigger trigger, string factValue)
    {
        // "After investigation" or "once confirmed": the 24 hours start when the controller's 72 may already be running out.
        var finding = Assert.Single(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(24), trigger)));

        Assert.Equal("$.breach.trigger", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains(new FindingFact("trigger", factValue), finding.Facts);
    }

    [Fact]
    public void LongDeadlineAndLateTrigger_ReportsDPA7003AtBothPaths()
    {
        var findings = RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(96), BreachTrigger.AfterInvestigation));

        Assert.Equal(["$.breach.deadline", "$.breach.trigger"], findings.Select(f => f.Path));
    }

    [Fact]
    public void FortyEightHoursFromDiscovery_DoesNotReportDPA7003()
    {
        // Seed 003 clause 9.1: upon "ontdekking", "in ieder geval binnen achtenveertig (48) uur" — inside the 72 hours.
        Assert.Empty(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(48), BreachTrigger.Discovery)));
    }

    [Fact]
    public void TwentyFourHoursFromAwareness_DoesNotReportDPA7003()
    {
        // Seed 000 clause 7.1: "binnen 24 uur nadat het lek bij hem bekend is geworden".
        Assert.Empty(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(24), BreachTrigger.Awareness)));
    }

    [Fact]
    public void SeventyOneHours_DoesNotReportDPA7003()
    {
        // Inside the window, if barely: DPA7004 reports how little is left.
        Assert.Empty(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(71), BreachTrigger.Awareness)));
    }

    [Fact]
    public void NothingStated_DoesNotReportDPA7003()
    {
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }

    private static ProcessingAgreement Breach(ContractualPeriod deadline, BreachTrigger? trigger) =>
        TestAgreements.Minimal() with
        {
            Breach = new BreachTerms { NotificationDuty = true, Promptness = Promptness.WithinPeriod, Deadline = deadline, Trigger = trigger },
        };
}
