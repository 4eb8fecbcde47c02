using System.Text.Json;
using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Cli;

public sealed class ScheduleCommandTests
{
    // examples/000-planning-nl.json: deletion one month after the end (clause 12), backups kept 14 days, purged two weeks after
    // the deletion deadline. Under the contract convention 31 January + one month ends on 28 February (design §3, 1182/71 Art. 3(2)(c)).
    [Fact]
    public void Json_HasTheContractFieldsPerDeadline()
    {
        var (code, output, error) = Run("schedule", Example("000-planning-nl.json"), "--ended-on", "2025-01-31", "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var deadlines = json.RootElement.GetProperty("deadlines").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal("2025-02-28", deadlines["deletion"].GetProperty("lastDay").GetString());
        Assert.Equal("2025-02-28T23:00:00Z", deadlines["deletion"].GetProperty("expiresAt").GetString());
        Assert.Equal("2025-03-14", deadlines["backup-purge"].GetProperty("lastDay").GetString());
        Assert.Equal("2025-02-14", deadlines["backup-tier-0-retention"].GetProperty("lastDay").GetString());
        Assert.Contains(
            deadlines["deletion"].GetProperty("steps").EnumerateArray().Select(s => s.GetString()!),
            s => s.Contains("February 2025 has no day 31", StringComparison.Ordinal));
    }

    [Fact]
    public void Mermaid_IsAGanttChartWithOneTaskPerDeadline()
    {
        var (code, output, _) = Run("schedule", Example("000-planning-nl.json"), "--ended-on", "2025-01-31", "--format", "mermaid");

        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal("gantt", lines[0]);
        Assert.Contains("    dateFormat YYYY-MM-DD", lines);
        Assert.Contains("    inclusiveEndDates", lines);
        Assert.Contains("    section Deletion", lines);
        Assert.Contains("    section Backups", lines);
        Assert.Contains("    deletion (last day 2025-02-28) :2025-02-01, 2025-02-28", lines);
        Assert.Contains("    backup-purge (last day 2025-03-14) :2025-02-01, 2025-03-14", lines);
    }

    [Fact]
    public void Text_ExplainsEachStep()
    {
        var (code, output, _) = Run("schedule", Example("000-planning-nl.json"), "--ended-on", "2025-01-31");

        Assert.Equal(0, code);
        Assert.Contains("deletion: last day Friday 2025-02-28", output, StringComparison.Ordinal);
        Assert.Contains("Clause: $.endOfProcessing.deletion", output, StringComparison.Ordinal);
        Assert.Contains("Month-end truncation", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02-30", "February 2025 has no day 30")]
    [InlineData("31-01-2025", "expected a date such as 2025-11-01 (YYYY-MM-DD")]
    public void BadEndDate_ExitsWith2(string endedOn, string message)
    {
        var (code, output, error) = Run("schedule", Example("000-planning-nl.json"), "--ended-on", endedOn);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"Invalid --ended-on '{endedOn}'", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingEndDate_ExitsWith2()
    {
        var (code, _, error) = Run("schedule", Example("000-planning-nl.json"));

        Assert.Equal(2, code);
        Assert.Contains("--ended-on", error, StringComparison.Ordinal);
    }
}
