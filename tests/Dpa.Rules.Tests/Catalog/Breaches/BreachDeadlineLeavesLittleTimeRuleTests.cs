using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class BreachDeadlineLeavesLittleTimeRuleTests
{
    private static readonly BreachDeadlineLeavesLittleTimeRule Rule = new();

    [Fact]
    public void FortyEightHours_ReportsDPA7004WithTwentyFourHoursLeft()
    {
        // Seed 002 clause 7.1: "uiterlijk binnen 48 uur na kennisname". 72 - 48 = 24 hours left for the controller,
        // less than the default 48-hour margin.
        var finding = Assert.Single(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(48), BreachTrigger.Awareness)));

        Assert.Equal("DPA7004", finding.RuleId.ToString());
        Assert.Equal("$.breach.deadline", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains(new FindingFact("controllerHoursLeft", "24"), finding.Facts);
        Assert.Contains(new FindingFact("processorDeadline", "PT48H"), finding.Facts);
        Assert.Equal(
            "The processor's breach-notification deadline of 48 hours leaves the controller 24 hours of its 72 hours, less than the 48 hours it should keep",
            finding.Message);
    }

    [Fact]
    public void FortyEightHoursFromDiscovery_ReportsDPA7004()
    {
        // Seed 003 clause 9.1: "zo snel mogelijk, in ieder geval binnen achtenveertig (48) uur" after discovery.
        var finding = Assert.Single(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(48), BreachTrigger.Discovery)));

        Assert.Contains(new FindingFact("controllerHoursLeft", "24"), finding.Facts);
    }

    [Fact]
    public void StartNotStated_ReportsDPA7004CountingFromAwareness()
    {
        // Counting from awareness is the reading most favourable to the contract: any later start leaves even less.
        var finding = Assert.Single(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(60), trigger: null)));

        Assert.Contains(new FindingFact("controllerHoursLeft", "12"), finding.Facts);
    }

    [Fact]
    public void TwoDays_ReportsDPA7004()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, Breach(ContractualPeriod.FromDays(2), BreachTrigger.Awareness)));

        Assert.Contains(new FindingFact("controllerHoursLeft", "24"), finding.Facts);
    }

    [Fact]
    public void Message_IsLocalizedInDutch()
    {
        var finding = Assert.Single(RuleTester.Run(
            Rule, Breach(ContractualPeriod.FromHours(48), BreachTrigger.Awareness), culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(
            "De meldtermijn van 48 uur van de verwerker laat de verwerkingsverantwoordelijke 24 uur van zijn 72 uur, minder dan de 48 uur die hij zou moeten overhouden",
            finding.Message);
    }

    [Fact]
    public void TwentyFourHours_DoesNotReportDPA7004()
    {
        // Seeds 000 (7.1), 001 (6.1) and 004 (5.1): 24 hours leave the controller 48 — exactly the margin, not less.
        Assert.Empty(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(24), BreachTrigger.Awareness)));
        Assert.Empty(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(24), trigger: null)));
    }

    [Fact]
    public void FortyEightHoursWithSmallerConfiguredMargin_DoesNotReportDPA7004()
    {
        var thresholds = RuleThresholds.Default with { BreachControllerMargin = ContractualPeriod.FromHours(24) };

        Assert.Empty(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(48), BreachTrigger.Awareness), thresholds: thresholds));
    }

    [Fact]
    public void SeventyTwoHoursOrLaterTrigger_DoesNotReportDPA7004()
    {
        // DPA7003 reports these as errors; the hours left are none or unknown.
        Assert.Empty(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(72), BreachTrigger.Awareness)));
        Assert.Empty(RuleTester.Run(Rule, Breach(ContractualPeriod.FromHours(48), BreachTrigger.AfterInvestigation)));
    }

    [Fact]
    public void NoDeadline_DoesNotReportDPA7004()
    {
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }

    private static ProcessingAgreement Breach(ContractualPeriod deadline, BreachTrigger? trigger) =>
        TestAgreements.Minimal() with
        {
            Breach = new BreachTerms { NotificationDuty = true, Promptness = Promptness.WithinPeriod, Deadline = deadline, Trigger = trigger },
        };
}
