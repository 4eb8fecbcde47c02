using System.Text.Json;
using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Cli;

/// <summary><c>validate</c> over many files: the same report whatever <c>--parallel</c>, every file named in every format,
/// the one-line format and the report's language.</summary>
public sealed class ValidatePortfolioTests
{
    private static string[] ManyFiles(TempDirectory temp)
    {
        var examples = Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Order(StringComparer.Ordinal).ToArray();
        var files = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            foreach (var example in examples)
            {
                files.Add(temp.Write($"{i:00}-{Path.GetFileName(example)}", File.ReadAllText(example)));
            }

            if (i % 4 == 0)
            {
                files.Add(temp.Write($"{i:00}-broken.json", "{\n  \"formatVersion\": 1,\n  \"document\": 5\n}\n"));
                files.Add(Path.Combine(temp.Path, $"{i:00}-missing.json"));
            }
        }

        return [.. files];
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("msbuild")]
    public void Parallel_GivesTheSameReportAndErrorsInTheSameOrder_AsOneThread(string format)
    {
        using var temp = new TempDirectory();
        var files = ManyFiles(temp);

        var one = Run(["validate", .. files, "--as-of", "2025-11-01", "--format", format, "--parallel", "1"]);
        var four = Run(["validate", .. files, "--as-of", "2025-11-01", "--format", format, "--parallel", "4"]);

        Assert.Equal(2, one.ExitCode);
        Assert.Equal(one, four);
        Assert.Equal(6, one.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void FileThatCannotBeRead_IsNamedInTheJsonAndSarifReports()
    {
        using var temp = new TempDirectory();
        var missing = Path.Combine(temp.Path, "missing.json");
        // A directory stands for the files below it; a device is an input that cannot be read.
        var directory = "/dev/null";

        var (code, json, error) = Run("validate", Example("002-simplicate.json"), missing, directory, "--as-of", "2025-11-01", "--format", "json");
        var (_, sarif, _) = Run("validate", Example("002-simplicate.json"), missing, directory, "--as-of", "2025-11-01", "--format", "sarif");

        Assert.Equal(2, code);
        Assert.Contains(missing + ": no such file.", error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json);
        var files = report.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!);
        Assert.Equal("unreadable", files[missing].GetProperty("status").GetString());
        Assert.Equal("no such file.", files[missing].GetProperty("error").GetProperty("message").GetString());
        Assert.StartsWith("is a character device", files[directory].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, report.RootElement.GetProperty("summary").GetProperty("notLoaded").GetInt32());

        using var log = JsonDocument.Parse(sarif);
        var notifications = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")
            .EnumerateArray().Select(n => n.GetProperty("message").GetProperty("text").GetString()).ToList();
        Assert.Contains(missing + ": no such file.", notifications);
        Assert.Contains(notifications, n => n!.StartsWith(directory + ": is a character device", StringComparison.Ordinal));
    }

    [Fact]
    public void Msbuild_IsOneLinePerActiveFinding_WithLineAndColumn()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("agreement.json", """
            {
              "formatVersion": 1,
              "document": { "status": "executed" },
              "parties": { "processor": { "name": "Verwerker B.V." } },
              "subProcessing": { "authorisation": "general" }
            }
            """);

        var (code, output, _) = Run("validate", file, "--as-of", "2025-11-01", "--format", "msbuild");

        Assert.Equal(1, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Contains(lines, l => l.StartsWith(file + "(5,3): error DPA4004: Sub-processors are engaged under a general authorisation", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.StartsWith(file + "(", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Culture_Nl_TranslatesTheTextReportsOwnWords()
    {
        var (_, output, _) = Run("validate", Example("000-planning-nl.json"), "--as-of", "2025-11-01", "--culture", "nl");
        var (_, english, _) = Run("validate", Example("000-planning-nl.json"), "--as-of", "2025-11-01");

        Assert.Contains("  Fouten\n", output, StringComparison.Ordinal);
        Assert.Contains("  AVG art. 28: ", output, StringComparison.Ordinal);
        var counts = System.Text.RegularExpressions.Regex.Match(english, @"1 file: (\d+) errors?, (\d+) warnings?, (\d+) info, 0 suppressed\.\n$");
        Assert.True(counts.Success, english);
        Assert.EndsWith($"1 bestand: {counts.Groups[1]} fouten, {counts.Groups[2]} waarschuwingen, {counts.Groups[3]} info, 0 onderdrukt.\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void ParallelBelowOne_ExitsWith2(string value)
    {
        var (code, output, error) = Run("validate", Example("002-simplicate.json"), "--parallel", value);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"Invalid --parallel '{value}'", error, StringComparison.Ordinal);
    }
}
