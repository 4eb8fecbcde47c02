using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class MissingBreachNotificationDutyRuleTests
{
    private static readonly MissingBreachNotificationDutyRule Rule = new();

    [Fact]
    public void DutyNotStated_ReportsDPA7001()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA7001", finding.RuleId.ToString());
        Assert.Equal("$.breach.notificationDuty", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void DutyDenied_ReportsDPA7001()
    {
        var agreement = TestAgreements.Minimal() with { Breach = new BreachTerms { NotificationDuty = false } };

        Assert.Equal("$.breach.notificationDuty", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void DutyStated_DoesNotReportDPA7001()
    {
        // Seed 002 clause 7.1: "meldt Verwerker deze zonder onredelijke vertraging ... uiterlijk binnen 48 uur na kennisname".
        var agreement = TestAgreements.Minimal() with { Breach = new BreachTerms { NotificationDuty = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
