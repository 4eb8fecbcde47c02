using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dpa.Rules.Serialization.Reports;
using NodaTime;
using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>The classes of command-line crashes and defects an outside fuzzing run found, each kept fixed by a class of cases:
/// dates at and past the accepted range, special files as input, configuration and output, globalization-invariant mode,
/// and file names that reports must not alter.</summary>
/// <remarks><para>Every case must end with exit code 0, 1 or 2 and a message — never an unhandled exception (which the
/// in-process runner would let through as a test failure). The random date cases print their seed on failure;
/// <c>DPA_FUZZ_SEED</c> replays them.</para></remarks>
public sealed class CliEdgeTests
{
    // 002 reads cleanly and has errors (3.2/4.3: no notice of a legal requirement, DPA3003; 8.5: own purposes, DPA3005):
    // exit code 1 means "read and validated", 2 would mean the input was refused.
    private static readonly string Good = Example("002-simplicate.json");

    private static readonly string[] Zones = ["UTC", "Europe/Amsterdam", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Africa/Monrovia", "Asia/Kathmandu"];

    private static readonly string[] Periods = ["P0D", "P1D", "P1M", "P1Y", "P2W", "PT1H", "PT72H", "PT876600H", "P1200M"];

    private static readonly string[] Offsets = ["", "Z", "+14:00", "-12:00", "+00:30", "-00:44"];

    [Theory]
    [InlineData("deadline", "--from", "9999-12-31T23:00-12:00", "after 9999-12-31 in UTC")]
    [InlineData("deadline", "--from", "-9998-01-01T00:00", "expected a date-time such as")]
    [InlineData("deadline", "--from", "-9998-01-01", "expected a date such as 2025-11-01")]
    [InlineData("deadline", "--from", "0000-01-01", "the year 0000 is before the first year")]
    [InlineData("deadline", "--from", "2025-01-01T24:00", "the time 24:00 does not exist")]
    [InlineData("deadline", "--from", "0001-01-01T00:00+01:00", "before 0001-01-01 in UTC")]
    [InlineData("deadline", "--from", "10000-01-01", "expected a date such as")]
    [InlineData("deadline", "--from", "2025-1-1", "expected a date such as")]
    [InlineData("deadline", "--from", "2025-02-29", "February 2025 has no day 29")]
    [InlineData("deadline", "--from", "2025-06-01T10:00+19:00", "UTC offsets run from -18:00 to +18:00")]
    [InlineData("validate", "--as-of", "-9998-01-01", "expected a date such as 2025-11-01")]
    [InlineData("validate", "--as-of", "0000-12-31", "the year 0000")]
    [InlineData("schedule", "--ended-on", "2025-13-01", "there is no month 13")]
    [InlineData("breach", "--aware-at", "9999-12-31T23:59", "after 9999-12-31 in UTC")]
    public void DateOutsideTheAcceptedRange_ExitCode2_BeforeAnyArithmetic(string command, string option, string value, string message)
    {
        string[] args = command switch
        {
            "deadline" => ["deadline", option, value, "--period", "PT1H", "--zone", "America/New_York"],
            "validate" => ["validate", Good, $"{option}={value}"],
            _ => [command, WestOfUtc(), $"{option}={value}"],
        };

        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"Invalid {option} '{value}': ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomDatesAtAndPastTheLimits_AreComputedOrExitCode2_NeverACrash()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("DPA_FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var random = new Random(seed);
        for (var i = 0; i < 300; i++)
        {
            var text = RandomDateText(random);
            var period = Periods[random.Next(Periods.Length)];
            var zone = Zones[random.Next(Zones.Length)];
            var (code, output, error) = Run("deadline", $"--from={text}", "--period", period, "--zone", zone, "--format", "json");
            var context = $"Seed {seed} (DPA_FUZZ_SEED={seed} replays), case {i}: deadline --from {text} --period {period} --zone {zone}: exit {code}, {error}";
            Assert.True(code is 0 or 2, context);
            if (code == 0)
            {
                using var json = JsonDocument.Parse(output);
                Assert.NotEmpty(json.RootElement.GetProperty("steps").EnumerateArray());
            }
            else
            {
                Assert.True(error.Length > 0 && output.Length == 0, context);
            }
        }
    }

    [Fact]
    public void AsOfAtTheEndsOfTheAcceptedRange_NoRuleFails()
    {
        foreach (var asOf in new[] { "0001-01-01", "0001-01-02", "9999-12-30", "9999-12-31" })
        {
            foreach (var example in Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json"))
            {
                var (code, output, _) = Run("validate", example, "--as-of", asOf, "--format", "json");

                Assert.True(code is 0 or 1, $"{example} as of {asOf}: exit {code}");
                Assert.DoesNotContain("\"DPA0001\"", output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void SpecialFiles_AsInputAndConfiguration_AreNamedForWhatTheyAre()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix special files.");
        var input = Run("validate", "/dev/null", "/dev/zero", Good, "--as-of", "2025-11-01", "--format", "json");
        var config = Run("validate", Good, "--config", "/dev/zero");
        var nullConfig = Run("validate", Good, "--config", "/dev/null");

        Assert.Equal(2, input.ExitCode);
        Assert.Contains("/dev/null: is a character device", input.Error, StringComparison.Ordinal);
        Assert.Contains("/dev/zero: is a character device", input.Error, StringComparison.Ordinal);
        Assert.Contains("\"validated\"", input.Output, StringComparison.Ordinal);
        Assert.Equal((2, string.Empty), (config.ExitCode, config.Output));
        Assert.StartsWith("/dev/zero: cannot be read: it is a character device", config.Error, StringComparison.Ordinal);
        Assert.StartsWith("/dev/null: cannot be read: it is a character device", nullConfig.Error, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void PipesAndStandardInput_AreReadLikeFiles_WithTheSameSizeLimit()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix pipes.");
        var good = File.ReadAllBytes(Good);
        var huge = new byte[40 * 1024 * 1024];
        huge.AsSpan().Fill((byte)' ');

        var dash = RunProcess(null, good, "validate", "-", "--as-of", "2025-11-01");
        var devStdin = RunProcess(null, good, "validate", "/dev/stdin", "--as-of", "2025-11-01");
        var tooLarge = RunProcess(null, huge, "validate", "-");

        Assert.Equal((1, string.Empty), (dash.ExitCode, dash.Error));
        Assert.Equal((1, string.Empty), (devStdin.ExitCode, devStdin.Error));
        Assert.Equal(Run("validate", Good, "--as-of", "2025-11-01").Output.Split('\n')[^2], devStdin.Output.Split('\n')[^2]);
        Assert.Equal(2, tooLarge.ExitCode);
        Assert.Contains("-: line 1, column 1, at $: The document is larger than the limit of 16 MiB.", tooLarge.Error, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void ConfigurationFromAnEndlessPipe_StopsAtItsLimit()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix pipes.");
        var endless = new byte[8 * 1024 * 1024];
        endless.AsSpan().Fill((byte)' ');

        var (code, output, error) = RunProcess(null, endless, "validate", Good, "--config", "/dev/stdin");

        Assert.Equal((2, string.Empty), (code, output));
        Assert.Contains("larger than the limit of 1 MiB", error, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Output_ToADeviceAFifoOrASymlink_ExitCode2_NothingReplaced()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix special files.");
        using var temp = new TempDirectory();
        var target = temp.Write("target.json", "kept");
        var link = Path.Combine(temp.Path, "link.json");
        File.CreateSymbolicLink(link, target);
        var fifo = Path.Combine(temp.Path, "fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        foreach (var (path, kind) in new[] { ("/dev/null", "a character device"), (link, "a symbolic link"), (fifo, "a named pipe") })
        {
            var (code, _, error) = Run("validate", Good, "--as-of", "2025-11-01", "--output", path);

            Assert.Equal(2, code);
            Assert.Contains($"Cannot write --output '{path}': it is {kind}", error, StringComparison.Ordinal);
        }

        Assert.Equal("kept", File.ReadAllText(target));
        Assert.NotEqual(UnixFileMode.None, File.GetUnixFileMode("/dev/null") & UnixFileMode.OtherWrite);
        Assert.Equal(["fifo", "link.json", "target.json"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Output_Blank_ExitCode2_GiveAFileName(string path)
    {
        var (code, _, error) = Run("validate", Good, "--output", path);

        Assert.Equal(2, code);
        Assert.Equal($"Cannot write --output '{path}': give a file name.", error.Trim('\n'));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void ReplacedReport_KeepsThePermissionsOfTheOldOne()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes.");
        using var temp = new TempDirectory();
        var report = temp.Write("report.json", "old");
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(report, OwnerOnly);

        var (code, _, _) = Run("validate", Good, "--as-of", "2025-11-01", "--format", "json", "--output", report);

        Assert.Equal(1, code);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(report));
        Assert.StartsWith("{", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void DutchOutput_WorksInGlobalizationInvariantMode()
    {
        var invariant = new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };

        var (code, output, error) = RunProcess(invariant, null, "validate", "examples/002-simplicate.json", "--culture", "nl", "--as-of", "2025-11-01");
        var normal = Run("validate", Good, "--culture", "nl", "--as-of", "2025-11-01");

        Assert.Equal((1, string.Empty), (code, error));
        Assert.Contains("persoonsgegevens", output, StringComparison.Ordinal);
        Assert.Equal(normal.Output.Split('\n').Skip(1), output.Split('\n').Skip(1));
    }

    [Fact]
    public void DutchHtml_WorksInGlobalizationInvariantMode_WithDutchDayAndMonthNames()
    {
        var invariant = new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };

        var (code, output, error) = RunProcess(invariant, null, "validate", "examples/002-simplicate.json", "--culture", "nl", "--as-of", "2025-11-01", "--format", "html");
        var normal = RunProcess(null, null, "validate", "examples/002-simplicate.json", "--culture", "nl", "--as-of", "2025-11-01", "--format", "html");

        Assert.Equal((1, string.Empty), (code, error));
        // 1 November 2025 is a Saturday.
        Assert.Contains("Beoordeeld per zaterdag 1 november 2025", output, StringComparison.Ordinal);
        Assert.Equal(normal.Output, output);
    }

    [Fact]
    public void Sarif_FileNameWithABackslash_KeepsItInTheUri()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "A backslash is a separator on Windows.");
        using var temp = new TempDirectory();
        var file = temp.Write("a\\b.json", File.ReadAllText(Good));

        var (_, output, _) = Run("validate", file, "--as-of", "2025-11-01", "--format", "sarif");

        using var json = JsonDocument.Parse(output);
        var uri = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.EndsWith("/a%5Cb.json", uri, StringComparison.Ordinal);
        Assert.Equal(file, new Uri(uri).LocalPath.Replace("%5C", "\\", StringComparison.Ordinal));
        Assert.Equal("a%5Cb.json", ReportPaths.ToUri("a\\b.json"));
    }

    [Fact]
    public void TextReport_NeutralisesBidirectionalControlsInNames()
    {
        using var temp = new TempDirectory();
        var agreement = JsonNode.Parse(File.ReadAllText(Good))!;
        var subProcessor = agreement["subProcessing"]!["subProcessors"]![0]!;
        subProcessor["name"] = "Evil\u202Enosj.exe\u2066x\u2069\u200F";
        subProcessor["locations"] = new JsonArray("US");
        var file = temp.Write("bidi.json", agreement.ToJsonString());

        var (_, output, _) = Run("validate", file, "--as-of", "2025-11-01");

        Assert.Contains("Evil?nosj.exe?x??", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output, c => c is '\u202E' or '\u2066' or '\u2069' or '\u200F');
        Assert.True(TextReportWriter.IsUnsafe('\u202E') && TextReportWriter.IsUnsafe('\u2068') && !TextReportWriter.IsUnsafe('é'));
    }

    // An agreement whose zone is west of UTC, so that a bare local time late on 9999-12-31 is after it in UTC.
    private static string WestOfUtc()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dpa-rules-west-of-utc-{Environment.ProcessId}.json");
        var agreement = JsonNode.Parse(File.ReadAllText(Good))!;
        agreement["document"]!["timeZone"] = "America/New_York";
        File.WriteAllText(path, agreement.ToJsonString());
        return path;
    }

    // Dates and date-times near the ends of the range, past them, and malformed: years 0000-0002 and 9998-10000, every
    // offset form, and T24:00.
    private static string RandomDateText(Random random)
    {
        var year = random.Next(4) switch
        {
            0 => random.Next(0, 3),
            1 => random.Next(9998, 10001),
            2 => -random.Next(1, 9999),
            _ => random.Next(1, 10000),
        };
        var month = random.Next(10) == 0 ? random.Next(0, 14) : random.Next(1, 13);
        var day = random.Next(10) == 0 ? random.Next(0, 33) : random.Next(1, 29) + (month is 1 or 12 ? random.Next(0, 4) : 0);
        var date = $"{(year < 0 ? "-" : string.Empty)}{Math.Abs(year):0000}-{month:00}-{day:00}";
        if (random.Next(3) == 0)
        {
            return date;
        }

        var hour = random.Next(8) == 0 ? 24 : random.Next(24);
        return $"{date}T{hour:00}:{random.Next(60):00}{Offsets[random.Next(Offsets.Length)]}";
    }

    [Fact]
    public void TheAcceptedRange_IsTheOneTheCatalogIsCheckedOver()
    {
        // CatalogProperties checks the rules from 0001-01-01 to 9999-12-31; the tool must not accept more.
        Assert.Equal((new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)), (Dpa.Rules.Cli.CommandInput.MinDate, Dpa.Rules.Cli.CommandInput.MaxDate));
    }
}
