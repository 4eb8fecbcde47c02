using System.Globalization;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
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
    public void InspectionsExcluded_ReportsDPA8002()
    {
        // GDPR Art. 28(3)(h): "audits, including inspections"; SCC 2021/915 Clause 7.6(d): audits "may also include inspections
        // at the premises or physical facilities of the processor". Remote audits only leave out what the article names.
        var agreement = AgreementBuilder.Compliant().Audits(a => a with { InspectionsAllowed = false });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.audits.inspectionsAllowed", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("The agreement does not allow for inspections, such as at the processor's premises, by the controller or an auditor it mandates", finding.Message);
    }

    [Fact]
    public void AuditsExcluded_MessageNamesAuditsIncludingInspections_ReportsDPA8002()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal() with { Audits = new AuditTerms { AuditsAllowed = false } }, culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal(
            "De overeenkomst maakt geen audits, met inbegrip van inspecties, mogelijk door de verwerkingsverantwoordelijke of een door hem gemachtigde controleur",
            finding.Message);
    }

    [Fact]
    public void InspectionsAllowed_DoesNotReportDPA8002()
    {
        // Seed 002 clause 6.2: "audits, waaronder inspecties, mogelijk te maken".
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant().Audits(a => a with { InspectionsAllowed = true })));
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
