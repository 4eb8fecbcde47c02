using System.Text.Json;
using Dpa.Rules.Serialization;
using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Cli;

/// <summary>The command line as a well-made tool handles it: unknown options and commands are usage errors with a suggestion,
/// directories and patterns expand to sorted files, <c>-</c> is standard input, and <c>init</c> writes a skeleton that validates.</summary>
public sealed class CommandLineTests
{
    // 002 reads cleanly and has errors (3.2/4.3: no notice of a legal requirement, DPA3003; 8.5: own purposes, DPA3005):
    // exit code 1 means "read and validated", 2 would mean the input was refused.
    private static readonly string Good = Example("002-simplicate.json");

    [Theory]
    [InlineData("validate", "--asof", "--as-of")]
    [InlineData("validate", "--fromat", "--format")]
    [InlineData("deadline", "--fromat", "--format")]
    [InlineData("deadline", "--zoen", "--zone")]
    [InlineData("schedule", "--ended", "--ended-on")]
    [InlineData("breach", "--awareat", "--aware-at")]
    [InlineData("rules", "--fromat", "--format")]
    public void UnknownOption_ExitCode2_WithDidYouMean_AndNoReport(string command, string typo, string meant)
    {
        string[] args = command switch
        {
            "validate" => ["validate", Good, typo, "2025-11-01"],
            "deadline" => ["deadline", "--from", "2025-01-31", "--period", "P1M", typo, "json"],
            "schedule" => ["schedule", Good, typo, "2025-12-31"],
            "breach" => ["breach", Good, typo, "2025-10-24T16:00"],
            _ => [command, typo, "json"],
        };

        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"Unknown option '{typo}' for 'dpa-rules {command}'. Did you mean '{meant}'?", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownShortOption_ListsTheOptions_InsteadOfGuessing()
    {
        var (code, output, error) = Run("validate", Good, "-x");

        Assert.Equal((2, string.Empty), (code, output));
        Assert.StartsWith("Unknown option '-x' for 'dpa-rules validate'. Its options are --format, --output, --as-of", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitCode2_WithDidYouMean()
    {
        var (code, _, error) = Run("valdate", Good);

        Assert.Equal(2, code);
        Assert.Equal("Unknown command 'valdate'. Did you mean 'validate'?", error.Trim());
    }

    [Fact]
    public void ArgumentAfterDoubleDash_IsAFileName_EvenWithALeadingDash()
    {
        using var temp = new TempDirectory();
        var odd = temp.Write("-odd.json", File.ReadAllText(Good));

        var (code, output, error) = Run("validate", "--as-of", "2025-11-01", "--format", "json", "--", odd);

        Assert.Equal((1, string.Empty), (code, error));
        Assert.Contains("-odd.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_ValidatesEveryJsonFileBelowIt_Sorted_WithExclude()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "b"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "a", "drafts"));
        Directory.CreateDirectory(Path.Combine(temp.Path, ".hidden"));
        foreach (var name in new[] { "b/z.json", "a/y.json", "a/drafts/x.json", "top.json", ".hidden/h.json", "a/notes.txt" })
        {
            temp.Write(name, File.ReadAllText(Good));
        }

        var (code, output, error) = Run("validate", temp.Path, "--exclude", "a/drafts/**", "--as-of", "2025-11-01", "--format", "json");

        Assert.Equal((1, string.Empty), (code, error));
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToArray();
        Assert.Equal([.. new[] { "a/y.json", "b/z.json", "top.json" }.Select(name => temp.Path + "/" + name)], files);
    }

    [Fact]
    public void Pattern_ValidatesTheFilesItMatches_AndExcludeByFileName()
    {
        var (code, output, error) = Run("validate", Path.Combine(RepositoryRootAttribute.Value, "examples") + "/**/00?-*.json", "--exclude", "*-template.json", "--as-of", "2025-11-01", "--format", "json");

        Assert.Equal(string.Empty, error);
        Assert.NotEqual(2, code);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("file").GetString())).ToArray();
        Assert.Equal(["000-planning-nl.json", "001-smart-production.json", "002-simplicate.json", "004-lets-develop.json"], files);
    }

    [Theory]
    [InlineData("empty-dir", "no *.json file below this directory")]
    [InlineData("empty-dir/*.json", "matches no file")]
    public void EmptyMatch_IsAnError_NotZeroFiles(string argument, string message)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty-dir"));
        var path = Path.Combine(temp.Path, argument);

        var (code, output, error) = Run("validate", path, Good, "--as-of", "2025-11-01");

        Assert.Equal(2, code);
        Assert.Equal($"{path}: {message}.", error.Trim());
        Assert.Contains("1 file:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_ReadsStandardInput_ForValidateScheduleAndBreach()
    {
        var bytes = File.ReadAllBytes(Good);

        var validate = RunWithInput(bytes, "validate", "-", "--as-of", "2025-11-01", "--format", "json");
        var schedule = RunWithInput(bytes, "schedule", "-", "--ended-on", "2025-12-31");
        var breach = RunWithInput(bytes, "breach", "-", "--aware-at", "2025-10-24T16:00");

        Assert.Equal((1, string.Empty), (validate.ExitCode, validate.Error));
        using var json = JsonDocument.Parse(validate.Output);
        Assert.Equal("-", json.RootElement.GetProperty("files")[0].GetProperty("file").GetString());
        Assert.Equal((0, 0), (schedule.ExitCode, breach.ExitCode));
        Assert.Contains("Controller's deadline: 2025-10-27T15:00:00+01:00", breach.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_WithBadContent_NamesStandardInputWithLineAndPath()
    {
        var (code, _, error) = RunWithInput("{\n  \"formatVersion\": 1,\n  \"document\": { \"status\": \"signed\" }\n}"u8.ToArray(), "validate", "-");

        Assert.Equal(2, code);
        Assert.StartsWith("-: line 3", error, StringComparison.Ordinal);
        Assert.Contains("at $.document.status", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "[NAME OF THE CONTROLLER]")]
    [InlineData("nl", "[NAAM VERWERKINGSVERANTWOORDELIJKE]")]
    public void Init_WritesASkeleton_ThatLoadsAndValidatesAsATemplate(string culture, string label)
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "new.json");

        var init = Run("init", "--culture", culture, "--output", file);
        var loaded = AgreementJson.LoadFile(file);
        var (code, output, error) = Run("validate", file, "--as-of", "2025-11-01", "--culture", culture, "--format", "json");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(Dpa.Rules.Model.AgreementStatus.Template, loaded.Document.Status);
        Assert.Contains(label, File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
        Assert.NotEqual(2, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("validated", json.RootElement.GetProperty("files")[0].GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("findings").GetArrayLength() > 5);
        foreach (var section in new[] { "document", "parties", "processing", "instructions", "assistance", "subProcessing", "locations", "security", "breach", "audits", "liability", "endOfProcessing", "amendments" })
        {
            Assert.True(JsonDocument.Parse(File.ReadAllText(file)).RootElement.TryGetProperty(section, out _), section);
        }
    }

    [Fact]
    public void Init_ToStandardOutput_IsTheSameSkeleton_AndNeverReplacesAFile()
    {
        using var temp = new TempDirectory();
        var existing = temp.Write("agreement.json", "mine");

        var (stdoutCode, skeleton, _) = Run("init");
        var (code, _, error) = Run("init", "--output", existing);

        Assert.Equal(0, stdoutCode);
        Assert.Equal(Dpa.Rules.Model.AgreementStatus.Template, AgreementJson.Parse(skeleton).Document.Status);
        Assert.Equal(2, code);
        Assert.Contains("init never replaces a file", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(existing));
    }

    [Fact]
    public void OffsetWithSeconds_IsPrinted_SoTheLocalTimeMatchesTheInstant()
    {
        // Liberia kept -00:44:30 until 1972: the local expiry is midnight, which is 00:44:30 UTC.
        var (code, output, _) = Run("deadline", "--from", "1971-06-01", "--period", "P1M", "--zone", "Africa/Monrovia", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("1971-07-02T00:44:30Z", json.RootElement.GetProperty("expiresAt").GetString());
        Assert.Equal("1971-07-02T00:00:00-00:44:30", json.RootElement.GetProperty("expiresAtLocal").GetString());
        Assert.Contains(json.RootElement.GetProperty("steps").EnumerateArray(), step => step.GetString()!.Contains("-00:44:30", StringComparison.Ordinal));
    }

    [Fact]
    public void HelpOfValidate_NamesDirectoriesPatternsAndStandardInput()
    {
        var (code, output, _) = Run("validate", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--exclude", output, StringComparison.Ordinal);
        Assert.Contains("- for standard input", output, StringComparison.Ordinal);
        Assert.Contains("init", Run("--help").Output, StringComparison.Ordinal);
    }
}
