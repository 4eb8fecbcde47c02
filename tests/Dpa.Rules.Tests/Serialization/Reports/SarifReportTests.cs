using System.Text.Json;
using System.Text.Json.Nodes;
using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Tests.Serialization.Reports;

public sealed class SarifReportTests
{
    private static readonly string Sarif = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Sarif, null);

    [Fact]
    public void ShippedSchema_IsTheOfficialSarif210Schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SarifSchema.FilePath));
        Assert.Equal("http://json-schema.org/draft-04/schema#", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", schema.RootElement.GetProperty("id").GetString());
        Assert.Equal(112768, File.ReadAllText(SarifSchema.FilePath).Length);
    }

    [Fact]
    public void Report_IsValidAgainstTheOfficialSchema()
    {
        var results = SarifSchema.Evaluate(Sarif);
        Assert.True(results.IsValid, SarifSchema.Describe(results));
    }

    [Theory]
    [InlineData("level")]
    [InlineData("version")]
    [InlineData("suppressionKind")]
    [InlineData("startLine")]
    [InlineData("unknownProperty")]
    public void InvalidSarif_FailsTheSchema(string breakage)
    {
        var root = JsonNode.Parse(Sarif)!.AsObject();
        var run = root["runs"]![0]!.AsObject();
        var results = run["results"]!.AsArray();
        switch (breakage)
        {
            case "level":
                results[0]!["level"] = "fatal";
                break;
            case "version":
                root["version"] = "2.0.0";
                break;
            case "suppressionKind":
                results.Single(r => r!["suppressions"] is not null)!["suppressions"]![0]!["kind"] = "forgotten";
                break;
            case "startLine":
                results[0]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;
                break;
            default:
                run["findings"] = new JsonArray();
                break;
        }

        Assert.False(SarifSchema.Evaluate(root.ToJsonString()).IsValid);
    }

    [Fact]
    public void Run_HasToolMetadataAndEveryRule()
    {
        using var document = JsonDocument.Parse(Sarif);
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("dpa-rules", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.Equal("https://github.com/dpa-rules/Dpa.Rules", driver.GetProperty("informationUri").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(
            ["DPA0001", "DPA0002", "DPA0003", "DPA1901", "DPA4004", "DPA4901", "DPA6901", "DPA7901", "DPA8901"],
            rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("properties").GetProperty("category").GetString()));
            Assert.Equal(JsonValueKind.Array, rule.GetProperty("properties").GetProperty("legalReferences").ValueKind);
        }

        var objection = rules.Single(r => r.GetProperty("id").GetString() == "DPA4004");
        Assert.Equal("NoObjectionRight", objection.GetProperty("name").GetString());
        Assert.Equal("error", objection.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("SubProcessors", objection.GetProperty("properties").GetProperty("category").GetString());
        var citation = objection.GetProperty("properties").GetProperty("legalReferences")[0];
        Assert.Equal("GDPR Art. 28(2)", citation.GetProperty("citation").GetString());
        Assert.StartsWith("https://eur-lex.europa.eu/", citation.GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Contains("GDPR Art. 28(2)", objection.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_HaveWhatGitHubCodeScanningNeeds()
    {
        using var document = JsonDocument.Parse(Sarif);
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
            var physical = location.GetProperty("physicalLocation");
            Assert.Equal(ReportFixture.PlanningFile, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.Equal(result.GetProperty("properties").GetProperty("path").GetString(), location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
            Assert.Matches("^[0-9a-f]{64}$", result.GetProperty("partialFingerprints").GetProperty("dpaRules/v1").GetString());
        }

        Assert.Equal(["error", "warning", "note", "error"], new[] { "DPA8901", "DPA7901", "DPA1901", "DPA4901" }.Select(id => Result(results, id).GetProperty("level").GetString()));
        var planning = ReportFixture.Read(ReportFixture.PlanningFile);
        Assert.Equal(ReportFixture.LineOf(planning, "\"subProcessing\": {"), StartLine(Result(results, "DPA1901")));
        Assert.Equal(ReportFixture.LineOf(planning, "\"audits\": {"), StartLine(Result(results, "DPA8901")));
    }

    [Fact]
    public void SuppressedFinding_IsAResultWithAnExternalAcceptedSuppression()
    {
        using var document = JsonDocument.Parse(Sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var suppression = Assert.Single(Result(results, "DPA4901").GetProperty("suppressions").EnumerateArray());
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal("accepted", suppression.GetProperty("status").GetString());
        Assert.Equal(ReportFixture.Justification, suppression.GetProperty("justification").GetString());
        Assert.Equal("DPO", suppression.GetProperty("properties").GetProperty("approver").GetString());
        Assert.Equal("2027-06-30", suppression.GetProperty("properties").GetProperty("expiresOn").GetString());
        Assert.False(Result(results, "DPA8901").TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void LoadError_IsAToolNotificationAndTheRunArt28Summary_IsInProperties()
    {
        using var document = JsonDocument.Parse(Sarif);
        var run = document.RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("examples/broken.json", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(16, run.GetProperty("properties").GetProperty("art28").GetProperty("elements").GetArrayLength());
    }

    [Fact]
    public void Fingerprints_AreStableAcrossRunsAndIgnoreLines()
    {
        var first = Fingerprints(Sarif);
        var second = Fingerprints(ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Sarif, null));
        var withoutLines = ReportWriter.Format(ReportFixture.CreateRun(withLines: false), ReportFormat.Sarif, null);

        Assert.Equal(4, first.Distinct().Count());
        Assert.Equal(first, second);
        Assert.Equal(first, Fingerprints(withoutLines));
        Assert.NotEqual(Sarif, withoutLines);
    }

    [Fact]
    public void Fingerprint_FollowsTheDocumentedRecipe()
    {
        // docs/report-format.md: lowercase hex SHA-256 of "{ruleId}\n{file}\n{path}\n{n}\n".
        using var document = JsonDocument.Parse(Sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var text = "DPA7901\n" + ReportFixture.PlanningFile + "\n$.breach.deadline\n0\n";
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, Result(results, "DPA7901").GetProperty("partialFingerprints").GetProperty("dpaRules/v1").GetString());
    }

    [Fact]
    public void AbsolutePathUnderBaseDirectory_BecomesRepositoryRelative()
    {
        var root = RepositoryRootAttribute.Value;
        var run = ReportFixture.CreateRun();
        var planning = run.Results[0];
        var absolute = AgreementResult.Validated(Path.Combine(root, "examples", "000-planning-nl.json"), planning.Agreement!, planning.Findings, planning.Lines);
        var spaced = AgreementResult.Validated("my dpas/000 planning.json", planning.Agreement!, planning.Findings, planning.Lines);
        var sarif = ReportWriter.Format(new ValidationRun([absolute, spaced], run.Rules, run.AsOf), ReportFormat.Sarif, ReportWriterOptions.Default with { BaseDirectory = root });

        using var document = JsonDocument.Parse(sarif);
        var uris = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .Distinct();
        Assert.Equal([ReportFixture.PlanningFile, "my%20dpas/000%20planning.json"], uris);
        Assert.True(SarifSchema.Evaluate(sarif).IsValid);
    }

    private static JsonElement Result(List<JsonElement> results, string ruleId) => results.Single(r => r.GetProperty("ruleId").GetString() == ruleId);

    private static int StartLine(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();

    private static List<string?> Fingerprints(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return [.. document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty("dpaRules/v1").GetString())];
    }
}
