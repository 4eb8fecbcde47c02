using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class AuditOnlyOnSuspicionOrCertificationRuleTests
{
    private static readonly AuditOnlyOnSuspicionOrCertificationRule Rule = new();

    [Fact]
    public void OnlyOnSuspicion_ReportsDPA8004()
    {
        // Seed 003 clause 10.2: an audit takes place "uitsluitend ... bij een concreet vermoeden van misbruik", and only after
        // the controller has reviewed the processor's existing audit reports.
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditCondition.OnlyOnSuspicion)));

        Assert.Equal("DPA8004", finding.RuleId.ToString());
        Assert.Equal("$.audits.condition", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void OnlyByCertification_ReportsDPA8004()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditCondition.OnlyByCertification)));

        Assert.Equal("$.audits.condition", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void AtIntervals_DoesNotReportDPA8004()
    {
        // Seed 000 clause 10.2: "Deze audit mag eens per jaar plaatsvinden".
        Assert.Empty(RuleTester.Run(Rule, With(AuditCondition.AtIntervals)));
    }

    [Fact]
    public void ConditionNotStated_DoesNotReportDPA8004()
    {
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }

    private static ProcessingAgreement With(AuditCondition condition) =>
        TestAgreements.Minimal() with { Audits = new AuditTerms { AuditsAllowed = true, Condition = condition } };
}
