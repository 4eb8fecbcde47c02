using System.Globalization;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class AuditScopeLimitedRuleTests
{
    private static readonly AuditScopeLimitedRule Rule = new();

    [Fact]
    public void RecordsOnly_ReportsDPA8009()
    {
        // Seed 004 clause 6.1: "Verwerker zal de Klant ... toegang verlenen tot diens administratie" — the records, not the
        // systems or premises; Art. 28(3)(h) audits "including inspections" verify compliance with the processor's obligations.
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditScope.RecordsOnly), culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal("DPA8009", finding.RuleId.ToString());
        Assert.Equal("$.audits.scope", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("Audits mogen alleen de administratie van de verwerker onderzoeken, niet de naleving door de verwerker als geheel", finding.Message);
    }

    [Fact]
    public void SecurityMeasuresOnly_ReportsDPA8009()
    {
        // Security (Art. 32) is one of the obligations an Art. 28(3)(h) audit verifies, not all of them.
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditScope.SecurityMeasuresOnly)));

        Assert.Equal("Audits may examine only the security measures, not the processor's compliance as a whole", finding.Message);
    }

    [Fact]
    public void WholeCompliance_DoesNotReportDPA8009()
    {
        // Seed 000 clause 10.1: audits "ter controle van naleving van alle punten uit de Verwerkersovereenkomst".
        Assert.Empty(RuleTester.Run(Rule, With(AuditScope.Compliance)));
    }

    [Fact]
    public void ScopeNotStated_DoesNotReportDPA8009()
    {
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
    }

    private static ProcessingAgreement With(AuditScope scope) => AgreementBuilder.Compliant().Audits(a => a with { Scope = scope });
}
