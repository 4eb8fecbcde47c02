using System.Globalization;
using System.Text.Json.Nodes;
using Dpa.Rules.Serialization;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Tests.Validation;

/// <summary>A rule lists at most <see cref="RepeatedFindings.MaxPerRule"/> findings per agreement, then one that stands for the
/// rest with their count, most severe level, shared path and first path (docs/validation.md "Repeated findings").</summary>
public sealed class RepeatedFindingsTests
{
    private static readonly ValidationOptions Options = ValidationOptions.Default with { AsOf = new LocalDate(2025, 11, 1) };

    /// <summary>Example 002 with <paramref name="count"/> sub-processors in the United States and no transfer basis: DPA5002
    /// reports each of them.</summary>
    internal static byte[] WithSubProcessorsOutsideTheEea(int count)
    {
        var agreement = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryRootAttribute.Value, "examples", "002-simplicate.json")))!;
        var list = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            list.Add(new JsonObject { ["name"] = $"Sub-processor {i}", ["service"] = "hosting", ["locations"] = new JsonArray("US") });
        }

        agreement["subProcessing"]!["subProcessors"] = list;
        return System.Text.Encoding.UTF8.GetBytes(agreement.ToJsonString());
    }

    [Fact]
    public void ManyFindingsOfOneRule_FirstHundredListed_ThenOneForTheRest_ReportsDPA5002()
    {
        var agreement = AgreementJson.Load(WithSubProcessorsOutsideTheEea(250));

        var report = AgreementValidator.Default.Validate(agreement, Options);

        var dpa5002 = report.Findings.Where(f => f.RuleId.ToString() == "DPA5002").ToList();
        Assert.Equal(RepeatedFindings.MaxPerRule + 1, dpa5002.Count);
        var summary = Assert.Single(dpa5002, f => f.Facts.Any(fact => fact.Name == RepeatedFindings.OmittedFact));
        Assert.Equal("150", summary.Facts.Single(f => f.Name == RepeatedFindings.OmittedFact).Value);
        Assert.StartsWith("$.subProcessing.subProcessors[100]", summary.Facts.Single(f => f.Name == RepeatedFindings.FirstOmittedPathFact).Value, StringComparison.Ordinal);
        Assert.Equal("$.subProcessing.subProcessors", summary.Path);
        Assert.Equal(dpa5002[0].Severity, summary.Severity);
        Assert.StartsWith("150 more findings of this rule are not listed one by one; the first is at $.subProcessing.subProcessors[100]", summary.Message, StringComparison.Ordinal);

        // The listed ones are the first hundred the rule reported: sub-processors 0 to 99.
        var listed = dpa5002.Where(f => f != summary).Select(f => f.Path).ToList();
        Assert.All(Enumerable.Range(0, 100), i => Assert.Contains(listed, path => path.StartsWith($"$.subProcessing.subProcessors[{i}]", StringComparison.Ordinal)));
    }

    [Fact]
    public void AtTheBound_NothingIsFolded()
    {
        var agreement = AgreementJson.Load(WithSubProcessorsOutsideTheEea(RepeatedFindings.MaxPerRule));

        var report = AgreementValidator.Default.Validate(agreement, Options);

        Assert.Equal(RepeatedFindings.MaxPerRule, report.Findings.Count(f => f.RuleId.ToString() == "DPA5002"));
        Assert.DoesNotContain(report.Findings, f => f.Facts.Any(fact => fact.Name == RepeatedFindings.OmittedFact));
    }

    [Fact]
    public void Summary_InDutch_AndSuppressedFindingsAreFoldedApart()
    {
        var agreement = AgreementJson.Load(WithSubProcessorsOutsideTheEea(120));
        var options = Options with
        {
            Culture = CultureInfo.GetCultureInfo("nl"),
            Suppressions = [new Dpa.Rules.Authoring.Suppression { RuleId = Dpa.Rules.Authoring.RuleId.Parse("DPA5002"), Justification = "Accepted for the test." }],
        };

        var report = AgreementValidator.Default.Validate(agreement, options);

        Assert.DoesNotContain(report.Findings, f => f.RuleId.ToString() == "DPA5002");
        var suppressed = report.SuppressedFindings.Where(f => f.RuleId.ToString() == "DPA5002").ToList();
        Assert.Equal(RepeatedFindings.MaxPerRule + 1, suppressed.Count);
        var summary = suppressed.Single(f => f.Facts.Any(fact => fact.Name == RepeatedFindings.OmittedFact));
        Assert.True(summary.IsSuppressed);
        Assert.StartsWith("Nog 20 bevindingen van deze regel", summary.Message, StringComparison.Ordinal);
    }
}
