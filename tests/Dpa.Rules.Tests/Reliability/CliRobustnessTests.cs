using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>The command-line tool on bad files and bad output places: every bad file is named, every good file still gets its
/// report, the exit code is 2, and an output file is written whole or not at all.</summary>
/// <remarks><para>Fills the gaps of <c>Cli/ValidateCommandTests</c> (one bad file of each kind): all kinds in one run, the
/// whole malformed corpus, inputs of 50 MB, unreadable files and directories, and dates at the end of the calendar.</para></remarks>
public sealed class CliRobustnessTests
{
    private static readonly string Good = Example("002-simplicate.json");

    private static Dictionary<string, string> StatusByFile(string jsonReport)
    {
        using var json = JsonDocument.Parse(jsonReport);
        return json.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("status").GetString()!);
    }

    private static bool IsRoot => Environment.UserName == "root";

    [Fact]
    public void EveryKindOfBadFile_InOneRun_EachIsNamed_TheGoodOnesAreReported_ExitCode2()
    {
        using var temp = new TempDirectory();
        var missing = Path.Combine(temp.Path, "missing.json");
        var directory = Directory.CreateDirectory(Path.Combine(temp.Path, "folder.json")).FullName;
        var empty = temp.Write("empty.json", string.Empty);
        var blank = temp.Write("blank.json", " \n\t\n");
        var truncated = temp.Write("truncated.json", File.ReadAllText(Good)[..200]);
        var binary = Path.Combine(temp.Path, "binary.json");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0x00]);
        var throughAFile = Path.Combine(Good, "child.json");
        var secondGood = Example("000-planning-nl.json");

        var (code, output, error) = Run("validate", Good, missing, directory, empty, blank, truncated, binary, throughAFile, secondGood, "--as-of", "2025-11-01", "--format", "json");

        Assert.Equal(2, code);
        foreach (var bad in new[] { missing, directory, empty, blank, truncated, binary, throughAFile })
        {
            Assert.Contains(bad + ":", error, StringComparison.Ordinal);
        }

        var statuses = StatusByFile(output);
        Assert.Equal("validated", statuses[Good]);
        Assert.Equal("validated", statuses[secondGood]);
        Assert.All(new[] { empty, blank, truncated, binary }, bad => Assert.Equal("loadError", statuses[bad]));
    }

    [Fact]
    public void WholeMalformedCorpus_InOneRun_EveryFileIsALoadErrorNamingItsPath_ExitCode2()
    {
        var files = Directory.GetFiles(MalformedCorpus.Directory, "*.json").Where(file => !file.EndsWith("manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        var (code, output, error) = Run(["validate", .. files, Good, "--as-of", "2025-11-01", "--format", "json"]);

        Assert.Equal(2, code);
        var statuses = StatusByFile(output);
        Assert.Equal("validated", statuses[Good]);
        Assert.All(files, file => Assert.Equal("loadError", statuses[file]));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(files, file => Assert.Contains(lines, line => line.StartsWith(file + ": line ", StringComparison.Ordinal) && line.Contains(" at $", StringComparison.Ordinal)));
    }

    [Fact]
    public void ScheduleAndBreach_OnCorpusDocuments_ExitCode2NamingFileLineAndPath()
    {
        var files = Directory.GetFiles(MalformedCorpus.Directory, "*.json").Where(file => !file.EndsWith("manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Where((_, i) => i % 10 == 0);

        foreach (var file in files)
        {
            foreach (var args in new[] { new[] { "schedule", file, "--ended-on", "2026-03-31" }, ["breach", file, "--aware-at", "2026-03-27T16:30:00Z"] })
            {
                var (code, output, error) = Run(args);

                Assert.Equal(2, code);
                Assert.Empty(output);
                Assert.StartsWith(file + ": line ", error, StringComparison.Ordinal);
                Assert.Contains(" at $", error, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void FiftyMegabyteFile_IsALoadError_QuicklyAndInBoundedMemory()
    {
        using var temp = new TempDirectory();
        var big = Path.Combine(temp.Path, "big.json");
        using (var stream = File.Create(big))
        {
            stream.Write("{\"formatVersion\":1,\"document\":{\"status\":\"draft\",\"title\":\""u8);
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1_000_000));
            for (var i = 0; i < 50; i++)
            {
                stream.Write(chunk);
            }

            stream.Write("\"},\"parties\":{\"processor\":{}}}"u8);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var (code, _, error) = Run("validate", big, Good, "--as-of", "2025-11-01");
        watch.Stop();

        Assert.Equal(2, code);
        Assert.Contains(big + ": line 1, column 1, at $: The document is larger than the limit of 16 MiB.", error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Took {watch.Elapsed.TotalMilliseconds:F0} ms.");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 512L * 1024 * 1024, "Allocated more than 512 MiB.");
    }

    [Fact]
    public void GigabyteFile_IsALoadError_WithoutReadingItWhole()
    {
        // Before the fix the tool read the whole file into memory before the library could say it was too large.
        using var temp = new TempDirectory();
        var huge = Path.Combine(temp.Path, "huge.json");
        using (var stream = File.Create(huge))
        {
            stream.Write("{\"formatVersion\":1,\"document\":{\"title\":\""u8);
            stream.SetLength(1024L * 1024 * 1024); // Sparse where the file system allows: cheap to make.
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var (code, _, error) = Run("validate", huge, Good, "--as-of", "2025-11-01");
        watch.Stop();

        Assert.Equal(2, code);
        Assert.Contains(huge + ": line 1, column 1, at $: The document is larger than the limit of 16 MiB.", error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Took {watch.Elapsed.TotalMilliseconds:F0} ms.");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 256L * 1024 * 1024, "Allocated more than 256 MiB.");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void UnreadableFile_IsNamed_TheOthersAreReported_ExitCode2()
    {
        Assert.SkipWhen(IsRoot, "File modes do not stop root from reading.");
        using var temp = new TempDirectory();
        var locked = temp.Write("locked.json", File.ReadAllText(Good));
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var (code, output, error) = Run("validate", locked, Good, "--as-of", "2025-11-01", "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains(locked + ": cannot be read", error, StringComparison.Ordinal);
        Assert.Equal("validated", StatusByFile(output)[Good]);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void OutputInAReadOnlyDirectory_ExitCode2_NothingWritten_TheOldReportKept()
    {
        Assert.SkipWhen(IsRoot, "File modes do not stop root from writing.");
        using var temp = new TempDirectory();
        var report = temp.Write("report.json", "old report");
        File.SetUnixFileMode(temp.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var (code, _, error) = Run("validate", Good, "--as-of", "2025-11-01", "--format", "json", "--output", report);

            Assert.Equal(2, code);
            Assert.Contains("Cannot write --output", error, StringComparison.Ordinal);
            Assert.Equal("old report", File.ReadAllText(report));
            Assert.Equal([report], Directory.GetFiles(temp.Path));
        }
        finally
        {
            File.SetUnixFileMode(temp.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void OutputWithBadInputs_IsTheWholeReportOfTheGoodFiles_AndNoTemporaryFileIsLeft()
    {
        using var temp = new TempDirectory();
        var report = temp.Write("report.json", "old report");
        var bad = temp.Write("bad.json", "{ \"formatVersion\": 1,");

        var (code, output, _) = Run("validate", Good, bad, "--as-of", "2025-11-01", "--format", "json", "--output", report);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var statuses = StatusByFile(File.ReadAllText(report));
        Assert.Equal(("validated", "loadError"), (statuses[Good], statuses[bad]));
        Assert.Equal([bad, report], Directory.GetFiles(temp.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OutputWhoseParentIsAFile_ExitCode2_NothingWritten()
    {
        using var temp = new TempDirectory();
        var notADirectory = temp.Write("file.txt", "x");

        var (code, _, error) = Run("validate", Good, "--output", Path.Combine(notADirectory, "report.txt"));

        Assert.Equal(2, code);
        Assert.Contains("Cannot write --output", error, StringComparison.Ordinal);
        Assert.Equal([notADirectory], Directory.GetFiles(temp.Path));
        Assert.Equal("x", File.ReadAllText(notADirectory));
    }

    [Theory]
    [InlineData("missing.json", "cannot be read")]
    [InlineData("folder", "cannot be read")]
    [InlineData("empty.json", "line 1")]
    [InlineData("truncated.json", "line 2")]
    [InlineData("wrong.json", "$.severities.DPA8005")]
    public void BadConfiguration_ExitCode2_NamesTheFile_WritesNoReport(string name, string message)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "folder"));
        temp.Write("empty.json", string.Empty);
        temp.Write("truncated.json", "{\n  \"severities\": {");
        temp.Write("wrong.json", "{ \"severities\": { \"DPA8005\": \"loud\" } }");
        var config = Path.Combine(temp.Path, name);
        var report = Path.Combine(temp.Path, "report.json");

        var (code, output, error) = Run("validate", Good, "--config", config, "--output", report);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith(config, error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void DeadlineInHoursPastTheEndOfTheCalendar_ExitCode2WithAMessage()
    {
        // Before the fix the deadline engine threw OverflowException here, which the tool did not expect.
        var (code, output, error) = Run("deadline", "--from", "9999-12-01T00:00Z", "--period", "PT876600H");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("9999-12-31", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BreachAwareAtTheEndOfTheCalendar_ExitCode2WithAMessage()
    {
        var (code, _, error) = Run("breach", Good, "--aware-at", "9999-12-31T12:00:00Z");

        Assert.Equal(2, code);
        Assert.Contains("beyond the supported dates", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScheduleEndingOnTheLastDayOfTheCalendar_ListsTheDeadlinesItCannotDate()
    {
        var (code, output, error) = Run("schedule", Good, "--ended-on", "9999-12-31", "--format", "json");

        Assert.Equal((0, string.Empty), (code, error));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("deadlines").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("unscheduled").EnumerateArray(), note => note.GetString()!.Contains("falls after 9999-12-31", StringComparison.Ordinal));
    }
}
