using System.Globalization;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class AuditReplacedByProcessorReportRuleTests
{
    private static readonly AuditReplacedByProcessorReportRule Rule = new();

    [Fact]
    public void OnlyByCertification_ReportsDPA8007()
    {
        // GDPR Art. 28(3)(h): audits "conducted by the controller or another auditor mandated by the controller"; a certificate
        // the processor obtains is neither, so audits only through certifications leave no audit at all: an error.
        var finding = Assert.Single(RuleTester.Run(Rule, AgreementBuilder.Compliant().Audits(a => a with { Condition = AuditCondition.OnlyByCertification })));

        Assert.Equal("DPA8007", finding.RuleId.ToString());
        Assert.Equal("$.audits.condition", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.EndsWith(": audits take place only through certifications or reports", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessorMaySubstituteItsReport_ReportsDPA8007()
    {
        // SCC 2021/915 Clause 7.6(c): "In deciding on a review or an audit, the controller may take into account relevant
        // certifications" — the controller decides; a processor that may answer an audit request with its own report decides instead.
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditReportUse.ProcessorMaySubstitute)));

        Assert.Equal("$.audits.reportUse", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void ReportsReviewedFirst_ReportsDPA8007()
    {
        // Seed 003 clause 10.2: an audit only "nadat Verwerkingsverantwoordelijke de bij Verwerker aanwezige soortgelijke
        // auditrapportages heeft opgevraagd, beoordeeld" and they give "geen of onvoldoende uitsluitsel": the audit remains,
        // behind the processor's reports — weaker than Clause 7.6(c), a warning.
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditReportUse.ReviewedFirst), culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal("$.audits.reportUse", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("moet eerst de bestaande rapporten van de verwerker beoordelen", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ControllerMayTakeReportsIntoAccount_DoesNotReportDPA8007()
    {
        // SCC 2021/915 Clause 7.6(c) in its own words.
        Assert.Empty(RuleTester.Run(Rule, With(AuditReportUse.ControllerMayTakeIntoAccount)));
    }

    [Fact]
    public void NothingSaidOfReports_DoesNotReportDPA8007()
    {
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
    }

    private static ProcessingAgreement With(AuditReportUse use) => AgreementBuilder.Compliant().Audits(a => a with { ReportUse = use });
}
