using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class NoConcreteBreachDeadlineRuleTests
{
    private static readonly NoConcreteBreachDeadlineRule Rule = new();

    [Fact]
    public void OnlyWithoutUndueDelay_ReportsDPA7002()
    {
        // Art. 33(2)'s own words and nothing more: no hour figure the controller can plan with.
        var agreement = Breach(Promptness.WithoutUndueDelay, deadline: null);

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA7002", finding.RuleId.ToString());
        Assert.Equal("$.breach.deadline", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void PromptnessNotStatedAndNoDeadline_ReportsDPA7002()
    {
        var agreement = Breach(promptness: null, deadline: null);

        Assert.Equal("$.breach.deadline", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void DeadlineInHours_DoesNotReportDPA7002()
    {
        // Seed 001 clause 6.1: "zonder onredelijke vertraging, doch in ieder geval binnen 24 uur".
        var agreement = Breach(Promptness.WithoutUndueDelay, ContractualPeriod.FromHours(24));

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void Immediately_DoesNotReportDPA7002()
    {
        // "Immediately" leaves no room for delay: stricter than any hour figure.
        var agreement = Breach(Promptness.Immediately, deadline: null);

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void NoNotificationDuty_DoesNotReportDPA7002()
    {
        // DPA7001 reports the missing duty; a deadline for a duty that does not exist is not the point.
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }

    private static ProcessingAgreement Breach(Promptness? promptness, ContractualPeriod? deadline) =>
        TestAgreements.Minimal() with
        {
            Breach = new BreachTerms { NotificationDuty = true, Promptness = promptness, Deadline = deadline },
        };
}
