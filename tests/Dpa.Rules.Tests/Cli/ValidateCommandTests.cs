using System.Text.Json;
using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Cli;

public sealed class ValidateCommandTests
{
    // docs/rules/DPA4004.md "Example that fires": general authorisation with no right to object (GDPR Art. 28(2)).
    private const string NoObjectionRight = """
        {
          "formatVersion": 1,
          "document": { "status": "executed" },
          "parties": { "processor": { "name": "Verwerker B.V." } },
          "subProcessing": { "authorisation": "general" }
        }
        """;

    // Every category disabled: nothing can be reported, whatever the catalog holds.
    private const string AllDisabled = """
        {
          "categories": {
            "engine": "none", "contract": "none", "processing": "none", "instructions": "none", "subProcessors": "none",
            "transfers": "none", "security": "none", "breaches": "none", "audits": "none", "endOfProcessing": "none"
          }
        }
        """;

    [Fact]
    public void ErrorFinding_ExitsWith1AndReportsIt()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("agreement.json", NoObjectionRight);

        var (code, output, error) = Run("validate", file, "--as-of", "2025-11-01", "--format", "json");

        Assert.Equal(1, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "DPA4004");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("$.subProcessing.objectionRight", finding.GetProperty("path").GetString());
        Assert.Equal(file, finding.GetProperty("file").GetString());
    }

    [Fact]
    public void Sarif_IsSarif210WithTheFindingAndExitCode1()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("agreement.json", NoObjectionRight);

        var (code, output, _) = Run("validate", file, "--as-of", "2025-11-01", "--format", "sarif");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        var run = json.RootElement.GetProperty("runs").EnumerateArray().Single();
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DPA4004");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(5, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void NoErrorFinding_ExitsWith0()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("config.json", AllDisabled);

        var (code, output, _) = Run("validate", Example("002-simplicate.json"), "--config", config, "--as-of", "2025-11-01", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void SeverityOverride_FromConfig_TurnsTheErrorIntoAWarning()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("agreement.json", NoObjectionRight);
        // Every category off, DPA4004 back on as a warning: an id's override beats its category's.
        var config = temp.Write("config.json", AllDisabled.Replace("\"categories\"", "\"severities\": { \"DPA4004\": \"warning\" },\n  \"categories\"", StringComparison.Ordinal));

        var (code, output, _) = Run("validate", file, "--config", config, "--as-of", "2025-11-01");

        Assert.Contains("  Warnings\n    DPA4004  ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Errors", output, StringComparison.Ordinal);
        Assert.Equal(0, code);
    }

    [Fact]
    public void UnknownRuleIdInConfig_IsReportedAsDPA0003()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("config.json", """{ "severities": { "DPA4999": "none" } }""");

        var (_, output, _) = Run("validate", Example("002-simplicate.json"), "--config", config, "--as-of", "2025-11-01", "--format", "json");

        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "DPA0003");
    }

    [Fact]
    public void MalformedConfig_ExitsWith2WithLineAndPath()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("config.json", "{\n  \"severities\": {\n    \"DPA4004\": \"loud\"\n  }\n}");

        var (code, output, error) = Run("validate", Example("002-simplicate.json"), "--config", config);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("config.json: line 3", error, StringComparison.Ordinal);
        Assert.Contains("at $.severities.DPA4004", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_ExitsWith2WithFileLineAndPath()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("bad.json", "{\n  \"formatVersion\": 1,\n  \"document\": { \"status\": \"signed\" }\n}");

        var (code, _, error) = Run("validate", file);

        Assert.Equal(2, code);
        Assert.Contains(file + ": line 3", error, StringComparison.Ordinal);
        Assert.Contains("at $.document.status", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MixedGoodAndBadFiles_ReportTheGoodAndExitWith2()
    {
        using var temp = new TempDirectory();
        var bad = temp.Write("bad.json", "{ \"formatVersion\": 1, ");

        var (code, output, error) = Run("validate", Example("002-simplicate.json"), bad, "--as-of", "2025-11-01", "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("bad.json", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("status").GetString());
        Assert.Equal("validated", files[Example("002-simplicate.json")]);
        Assert.Equal("loadError", files[bad]);
    }

    [Theory]
    [InlineData("missing.json", "no such file")]
    [InlineData("folder", "no *.json file below this directory")]
    [InlineData("empty.json", "The file is empty")]
    public void UnusableFile_ExitsWith2(string name, string message)
    {
        using var temp = new TempDirectory();
        temp.Write("empty.json", string.Empty);
        Directory.CreateDirectory(Path.Combine(temp.Path, "folder"));

        var (code, _, error) = Run("validate", Path.Combine(temp.Path, name));

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_WritesTheReportToTheFile()
    {
        using var temp = new TempDirectory();
        var report = Path.Combine(temp.Path, "report.json");

        var (code, output, _) = Run("validate", Example("002-simplicate.json"), "--as-of", "2025-11-01", "--format", "json", "--output", report);

        Assert.NotEqual(2, code);
        Assert.Empty(output);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("2025-11-01", json.RootElement.GetProperty("asOf").GetString());
        Assert.Equal([Path.GetFileName(report)], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void UnwritableOutput_ExitsWith2()
    {
        using var temp = new TempDirectory();
        var report = Path.Combine(temp.Path, "no-such-directory", "report.json");

        var (code, _, error) = Run("validate", Example("002-simplicate.json"), "--output", report);

        Assert.Equal(2, code);
        Assert.Contains("Cannot write --output", error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void OutputIsADirectory_ExitsWith2()
    {
        using var temp = new TempDirectory();

        var (code, _, error) = Run("validate", Example("002-simplicate.json"), "--output", temp.Path);

        Assert.Equal(2, code);
        Assert.Contains("it is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadAsOf_ExitsWith2()
    {
        var (code, _, error) = Run("validate", Example("002-simplicate.json"), "--as-of", "2025-02-30");

        Assert.Equal(2, code);
        Assert.Contains("Invalid --as-of '2025-02-30'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Culture_Nl_GivesDutchMessages()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("agreement.json", NoObjectionRight);

        var (_, english, _) = Run("validate", file, "--as-of", "2025-11-01");
        var (_, dutch, _) = Run("validate", file, "--as-of", "2025-11-01", "--culture", "nl");

        Assert.Contains("subverwerker", dutch, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("subverwerker", english, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NoFile_ExitsWith2()
    {
        var (code, _, error) = Run("validate");

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }
}
