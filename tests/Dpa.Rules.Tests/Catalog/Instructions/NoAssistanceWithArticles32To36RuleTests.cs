using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class NoAssistanceWithArticles32To36RuleTests
{
    private static readonly NoAssistanceWithArticles32To36Rule Rule = new();

    [Fact]
    public void NoneCovered_ReportsDPA3009()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA3009", finding.RuleId.ToString());
        Assert.Equal("$.assistance", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void OnlyPriorConsultationMissing_ReportsDPA3009AsWarning()
    {
        // Seed 000: breach notice to the controller within 24 hours (7.1), DPIA help if necessary (8.2), and its own
        // security measures (6.1); prior consultation of the authority is not mentioned.
        var agreement = TestAgreements.Minimal() with
        {
            Assistance = new AssistanceTerms { ImpactAssessment = true },
            Breach = new BreachTerms { NotificationDuty = true },
            Security = new SecurityTerms { Art32Obligation = true },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA3009", finding.RuleId.ToString());
        Assert.Equal("$.assistance.priorConsultation", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("The processor is not required to assist the controller with prior consultation of the supervisory authority (GDPR Art. 36)", finding.Message);
    }

    [Fact]
    public void OneCovered_ReportsDPA3009PerMissingItem()
    {
        var agreement = TestAgreements.Minimal() with { Assistance = new AssistanceTerms { ImpactAssessment = true } };

        var findings = RuleTester.Run(Rule, agreement);

        Assert.Equal(
            ["$.assistance.security", "$.assistance.breachNotification", "$.assistance.priorConsultation"],
            findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Warning, f.Severity));
    }

    [Fact]
    public void AllFourCovered_DoesNotReportDPA3009()
    {
        // Seed 001 clause 5.7: the processor assists with the obligations of Arts. 32 to 36 at reasonable cost.
        var agreement = TestAgreements.Minimal() with
        {
            Assistance = new AssistanceTerms { Security = true, BreachNotification = true, ImpactAssessment = true, PriorConsultation = true },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
