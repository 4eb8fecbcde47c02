using System.Globalization;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class AuditOnlyOnSuspicionRuleTests
{
    private static readonly AuditOnlyOnSuspicionRule Rule = new();

    [Fact]
    public void OnlyOnSuspicion_ReportsDPA8004()
    {
        // SCC 2021/915 Clause 7.6(c): audits "at reasonable intervals or if there are indications of non-compliance"; a
        // clause that keeps only the second ground narrows GDPR Art. 28(3)(h).
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditCondition.OnlyOnSuspicion)));

        Assert.Equal("DPA8004", finding.RuleId.ToString());
        Assert.Equal("$.audits.condition", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("Audits are allowed only on suspicion of non-compliance, not at reasonable intervals", finding.Message);
    }

    [Fact]
    public void OnlyOnDemonstratedSuspicion_ReportsDPA8004()
    {
        // Seed 003 clause 10.2: "uitsluitend ... bij een concreet vermoeden van misbruik welke is aangetoond door
        // Verwerkingsverantwoordelijke" — a suspicion the controller must first prove.
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditCondition.OnlyOnDemonstratedSuspicion), culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal("$.audits.condition", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("Audits zijn alleen toegestaan bij een door de verwerkingsverantwoordelijke eerst aangetoond vermoeden van niet-naleving, niet met redelijke tussenpozen", finding.Message);
    }

    [Theory]
    [InlineData(AuditCondition.AtIntervals)]
    [InlineData(AuditCondition.OnlyByCertification)]
    public void AtIntervalsOrReplacedByReports_DoesNotReportDPA8004(AuditCondition condition)
    {
        // Seed 000 clause 10.2: "Deze audit mag eens per jaar plaatsvinden". Audits only through certifications are not audits on
        // suspicion: the processor's report replaces the audit, which DPA8007 reports.
        Assert.Empty(RuleTester.Run(Rule, With(condition)));
    }

    [Fact]
    public void ConditionNotStated_DoesNotReportDPA8004()
    {
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant().Audits(a => a with { Condition = null })));
    }

    private static ProcessingAgreement With(AuditCondition condition) =>
        AgreementBuilder.Compliant().Audits(a => a with { Condition = condition });
}
