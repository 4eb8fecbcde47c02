using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class AuditsExcludedRuleTests
{
    private static readonly AuditsExcludedRule Rule = new();

    [Fact]
    public void AuditsExcluded_ReportsDPA8002()
    {
        var agreement = TestAgreements.Minimal() with { Audits = new AuditTerms { AuditsAllowed = false } };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA8002", finding.RuleId.ToString());
        Assert.Equal("$.audits.auditsAllowed", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void AuditsNotStated_ReportsDPA8002()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("$.audits.auditsAllowed", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void AuditsAllowed_DoesNotReportDPA8002()
    {
        // Seed 004 clause 6.1: the processor gives the customer access to its records to check compliance.
        var agreement = TestAgreements.Minimal() with { Audits = new AuditTerms { AuditsAllowed = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void AuditsOnlyOnSuspicion_DoesNotReportDPA8002()
    {
        // Seed 003 clause 10.2 allows audits, if narrowly: DPA8004 reports the narrowing, not this rule.
        var agreement = TestAgreements.Minimal() with
        {
            Audits = new AuditTerms { AuditsAllowed = true, Condition = AuditCondition.OnlyOnSuspicion },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
