using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Tests.Serialization;

public sealed class ValidationConfigurationJsonTests
{
    [Fact]
    public void Parse_ReadsEverySetting()
    {
        var options = ValidationConfigurationJson.Parse("""
            {
              "$schema": "https://example.com/dpa-rules.config.schema.json",
              "asOf": "2026-01-15",
              "culture": "nl",
              "mode": "template",
              "severities": { "DPA4004": "warning", "DPA8005": "none" },
              "categories": { "security": "info", "Transfers": "error" },
              "suppressions": [
                { "ruleId": "DPA4004", "path": "$.subProcessing.objectionRight", "justification": "Accepted by legal", "approver": "J. Jansen", "expiresOn": "2026-06-30" },
                { "ruleId": "DPA9004", "justification": "Statutory retention applies" }
              ],
              "thresholds": { "breachControllerMargin": "PT36H", "deletionPeriodMaximum": "P60D" }
            }
            """);

        Assert.Equal(new LocalDate(2026, 1, 15), options.AsOf);
        Assert.Equal("nl", options.Culture.Name);
        Assert.Equal(ValidationMode.Template, options.Mode);
        Assert.Equal(RuleSeverity.Warning, options.RuleSeverities[RuleId.Parse("DPA4004")]);
        Assert.Equal(RuleSeverity.None, options.RuleSeverities[RuleId.Parse("DPA8005")]);
        Assert.Equal(RuleSeverity.Info, options.CategorySeverities[RuleCategory.Security]);
        Assert.Equal(RuleSeverity.Error, options.CategorySeverities[RuleCategory.Transfers]);
        Assert.Equal(2, options.Suppressions.Length);
        Assert.Equal(
            new Suppression
            {
                RuleId = RuleId.Parse("DPA4004"),
                Path = "$.subProcessing.objectionRight",
                Justification = "Accepted by legal",
                Approver = "J. Jansen",
                ExpiresOn = new LocalDate(2026, 6, 30),
            },
            options.Suppressions[0]);
        Assert.Null(options.Suppressions[1].Path);
        Assert.Equal(ContractualPeriod.FromHours(36), options.Thresholds.BreachControllerMargin);
        Assert.Equal(ContractualPeriod.FromDays(60), options.Thresholds.DeletionPeriodMaximum);
        Assert.Equal(RuleThresholds.Default.SubProcessorNoticeMinimum, options.Thresholds.SubProcessorNoticeMinimum);
    }

    [Fact]
    public void EmptyObject_IsTheDefaults() => Assert.Equal(ValidationOptions.Default, ValidationConfigurationJson.Parse("{}"));

    [Fact]
    public void ExampleFile_Loads()
    {
        var options = ValidationConfigurationJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", "config", "dpa-rules.config.json"));

        Assert.NotEmpty(options.Suppressions);
        Assert.All(options.Suppressions, s => Assert.False(string.IsNullOrWhiteSpace(s.Justification)));
    }

    [Theory]
    [InlineData("{\n  \"severities\": {\n    \"DPA4004\": \"loud\"\n  }\n}", "$.severities.DPA4004", 3, "Expected a severity")]
    [InlineData("{\n  \"severities\": {\n    \"CA1062\": \"error\"\n  }\n}", "$.severities.CA1062", 3, "is not a rule id")]
    [InlineData("{\n  \"categories\": { \"privacy\": \"none\" }\n}", "$.categories.privacy", 2, "is not a rule category")]
    [InlineData("{\n  \"suppressions\": [\n    { \"ruleId\": \"DPA4004\", \"justification\": \"  \" }\n  ]\n}", "$.suppressions[0].justification", 3, "A justification is required")]
    [InlineData("{\n  \"suppressions\": [\n    { \"ruleId\": \"DPA4004\" }\n  ]\n}", "$.suppressions[0]", 3, "justification")]
    [InlineData("{\n  \"suppressions\": [\n    { \"ruleId\": \"DPA44\", \"justification\": \"x\" }\n  ]\n}", "$.suppressions[0].ruleId", 3, "Expected a rule id")]
    [InlineData("{\n  \"asOf\": \"2025-02-30\"\n}", "$.asOf", 2, "February 2025 has no day 30")]
    [InlineData("{\n  \"culture\": \"de\"\n}", "$.culture", 2, "'en', 'nl'")]
    [InlineData("{\n  \"thresholds\": { \"auditIntervalMaximum\": \"P1Y2M\" }\n}", "$.thresholds.auditIntervalMaximum", 2, "single unit")]
    [InlineData("{\n  \"severity\": {}\n}", "$", 2, "Unknown property 'severity'")]
    public void BadContent_NamesPathAndLine(string json, string path, int line, string reason)
    {
        var ex = Assert.Throws<ConfigurationFormatException>(() => ValidationConfigurationJson.Parse(json));

        Assert.StartsWith(path, ex.Path, StringComparison.Ordinal);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("null")]
    [InlineData("{ \"asOf\": ")]
    public void EmptyOrMalformed_Throws(string json) =>
        Assert.Throws<ConfigurationFormatException>(() => ValidationConfigurationJson.Parse(json));

    [Fact]
    public void UnknownButWellFormedRuleId_IsReportedByTheValidatorAsDPA0003()
    {
        var options = ValidationConfigurationJson.Parse("""{ "asOf": "2025-11-01", "severities": { "DPA4999": "none" } }""");

        var report = AgreementValidator.Default.Validate(AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", "002-simplicate.json")), options);

        Assert.Contains(report.Findings, f => f.RuleId == RuleId.Parse("DPA0003"));
    }
}
