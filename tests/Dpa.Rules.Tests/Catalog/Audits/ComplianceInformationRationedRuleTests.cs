using System.Globalization;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class ComplianceInformationRationedRuleTests
{
    private static readonly ComplianceInformationRationedRule Rule = new();

    [Fact]
    public void OnceAYearWithoutException_ReportsDPA8010()
    {
        // GDPR Art. 28(3)(h): "all information necessary to demonstrate compliance", with no limit on how often; SCC 2021/915
        // Clause 7.6(b): inquiries dealt with "promptly and adequately".
        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromYears(1), exceptions: null)));

        Assert.Equal("DPA8010", finding.RuleId.ToString());
        Assert.Equal("$.audits.informationFrequency", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("Compliance information may be requested only once in 1 year, with no exception for good reason such as a personal data breach", finding.Message);
    }

    [Fact]
    public void OnceAQuarterExceptionsExcluded_InDutch_ReportsDPA8010()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromMonths(3), exceptions: false), culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal(
            "Informatie over de naleving mag slechts eenmaal per 3 maanden worden gevraagd, zonder uitzondering bij een gegronde reden zoals een inbreuk in verband met persoonsgegevens",
            finding.Message);
    }

    [Fact]
    public void OnceAYearUnlessGoodReason_DoesNotReportDPA8010()
    {
        // Seed 004 clause 4.3: the security overview "als uitgangspunt niet vaker ... dan één keer per jaar, tenzij er een gegronde
        // reden is om het verzoek vaker te doen, zoals in het geval dat zich een Incident voordoet".
        Assert.Empty(RuleTester.Run(Rule, With(ContractualPeriod.FromYears(1), exceptions: true)));
    }

    [Fact]
    public void NoLimit_DoesNotReportDPA8010()
    {
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
        Assert.Empty(RuleTester.Run(Rule, With(ContractualPeriod.FromDays(0), exceptions: null)));
    }

    private static ProcessingAgreement With(ContractualPeriod interval, bool? exceptions) =>
        AgreementBuilder.Compliant().Audits(a => a with { InformationFrequency = interval, InformationFrequencyExceptions = exceptions });
}
