using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class MissingComplianceInformationDutyRuleTests
{
    private static readonly MissingComplianceInformationDutyRule Rule = new();

    [Fact]
    public void DutyNotStated_ReportsDPA8001()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA8001", finding.RuleId.ToString());
        Assert.Equal("$.audits.informationDuty", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void DutyDenied_ReportsDPA8001()
    {
        var agreement = TestAgreements.Minimal() with { Audits = new AuditTerms { InformationDuty = false } };

        Assert.Equal("$.audits.informationDuty", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void DutyStated_DoesNotReportDPA8001()
    {
        // Seed 002 clause 6.2: all information needed to demonstrate compliance, and audits including inspections.
        var agreement = TestAgreements.Minimal() with { Audits = new AuditTerms { InformationDuty = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
