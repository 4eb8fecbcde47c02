using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class AuditIntervalTooLongRuleTests
{
    private static readonly AuditIntervalTooLongRule Rule = new();

    [Fact]
    public void OnceEveryTwoYears_ReportsDPA8005()
    {
        // Seed 002 clause 6.3: audits "eenmaal per twee (2) jaar", with no exception for indications of non-compliance.
        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromYears(2), exceptions: null)));

        Assert.Equal("DPA8005", finding.RuleId.ToString());
        Assert.Equal("$.audits.maximumFrequency", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "Audits may take place only once in 2 years, a longer interval than 1 year, with no exception for indications of non-compliance",
            finding.Message);
    }

    [Theory]
    [InlineData("P13M")]
    [InlineData("P400D")]
    [InlineData("P53W")]
    public void LongerThanAYear_ReportsDPA8005(string interval)
    {
        Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.Parse(interval), exceptions: false)));
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P12M")]
    [InlineData("P9M")]
    [InlineData("P365D")]
    [InlineData("P52W")]
    public void AtMostAYear_DoesNotReportDPA8005(string interval)
    {
        // Seed 000 clause 10.2 ("eens per jaar") and seed 004 clause 6.3 ("niet vaker dan één keer per kalenderjaar"): one
        // audit a year is reasonable; a year is never "longer" than twelve months or 365 days.
        Assert.Empty(RuleTester.Run(Rule, With(ContractualPeriod.Parse(interval), exceptions: null)));
    }

    [Fact]
    public void TwoYearsWithExceptionForIndications_DoesNotReportDPA8005()
    {
        // SCC 2021/915 Clause 7.6(c): "at reasonable intervals or if there are indications of non-compliance".
        Assert.Empty(RuleTester.Run(Rule, With(ContractualPeriod.FromYears(2), exceptions: true)));
    }

    [Fact]
    public void TwoYearsWithLongerConfiguredMaximum_DoesNotReportDPA8005()
    {
        var thresholds = RuleThresholds.Default with { AuditIntervalMaximum = ContractualPeriod.FromYears(2) };

        Assert.Empty(RuleTester.Run(Rule, With(ContractualPeriod.FromYears(2), exceptions: null), thresholds: thresholds));
    }

    [Fact]
    public void NineMonthsWithShorterConfiguredMaximum_ReportsDPA8005()
    {
        var thresholds = RuleThresholds.Default with { AuditIntervalMaximum = ContractualPeriod.FromMonths(6) };

        var finding = Assert.Single(RuleTester.Run(Rule, With(ContractualPeriod.FromMonths(9), exceptions: null), thresholds: thresholds));

        Assert.Contains("once in 9 months, a longer interval than 6 months,", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrequencyNotStated_DoesNotReportDPA8005()
    {
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }

    private static ProcessingAgreement With(ContractualPeriod interval, bool? exceptions) =>
        TestAgreements.Minimal() with
        {
            Audits = new AuditTerms { AuditsAllowed = true, MaximumFrequency = interval, FrequencyExceptions = exceptions },
        };
}
