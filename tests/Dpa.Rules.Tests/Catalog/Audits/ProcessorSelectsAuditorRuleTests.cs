using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class ProcessorSelectsAuditorRuleTests
{
    private static readonly ProcessorSelectsAuditorRule Rule = new();

    [Fact]
    public void ProcessorSelectsAuditor_ReportsDPA8003()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Audits = new AuditTerms { AuditsAllowed = true, Auditor = AuditorChoice.ProcessorSelected },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA8003", finding.RuleId.ToString());
        Assert.Equal("$.audits.auditor", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void IndependentThirdParty_DoesNotReportDPA8003()
    {
        // Seed 000 clause 10.1 and seed 003 clause 10.1: the controller has audits done by an independent expert bound to
        // confidentiality — the controller's choice, not the processor's.
        var agreement = TestAgreements.Minimal() with
        {
            Audits = new AuditTerms { AuditsAllowed = true, Auditor = AuditorChoice.IndependentThirdParty },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void ControllerOrMandatedAuditor_DoesNotReportDPA8003()
    {
        // Seed 004 clause 6.2: "Klant mag een derde partij aanwijzen om de audit uit te voeren".
        var agreement = TestAgreements.Minimal() with
        {
            Audits = new AuditTerms { AuditsAllowed = true, Auditor = AuditorChoice.ControllerOrMandated },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void AuditorNotStated_DoesNotReportDPA8003()
    {
        // Silence on who audits does not take the choice from the controller; DPA8002 covers missing audits.
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }
}
