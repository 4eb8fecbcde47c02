using System.Text.Json;
using Dpa.Rules.Cli;

namespace Dpa.Rules.Tests.Cli;

public sealed class DeadlineCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DpaRulesCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Text_ShowsLastDayExpiryConventionAndSteps()
    {
        var (code, output, error) = Run("deadline", "--from", "2025-01-31", "--period", "P1M");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Last day:         Friday 2025-02-28", output, StringComparison.Ordinal);
        Assert.Contains("Expires at:       2025-03-01T00:00:00+01:00 (Europe/Amsterdam)", output, StringComparison.Ordinal);
        Assert.Contains("Expires at (UTC): 2025-02-28T23:00:00Z", output, StringComparison.Ordinal);
        Assert.Contains("Convention:       contract", output, StringComparison.Ordinal);
        Assert.Contains("  4. Month-end truncation: February 2025 has no day 31", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTheContractFields()
    {
        var (code, output, _) = Run("deadline", "--from", "2025-04-17", "--period", "P2D", "--convention", "eu-1182-71", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2025-04-23", root.GetProperty("lastDay").GetString());
        Assert.Equal("2025-04-23T22:00:00Z", root.GetProperty("expiresAt").GetString());
        Assert.Equal("2025-04-24T00:00:00+02:00", root.GetProperty("expiresAtLocal").GetString());
        Assert.Equal("eu-1182-71", root.GetProperty("convention").GetString());
        var steps = root.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains(steps, s => s.Contains("(Easter Monday)", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("Art. 3(5)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-03-29T12:00:00+01:00", "PT24H", "2025-03-30T11:00:00Z", "2025-03-30T13:00:00+02:00")]
    [InlineData("2025-03-29T11:00:00Z", "PT72H", "2025-04-01T11:00:00Z", "2025-04-01T13:00:00+02:00")]
    [InlineData("2025-10-25T12:00", "PT24H", "2025-10-26T10:00:00Z", "2025-10-26T11:00:00+01:00")] // bare local in Europe/Amsterdam
    [InlineData("2025-10-25T12:00:00+02:00", "PT72H", "2025-10-28T10:00:00Z", "2025-10-28T11:00:00+01:00")]
    [InlineData("2025-10-26T02:30+02:00", "PT24H", "2025-10-27T00:30:00Z", "2025-10-27T01:30:00+01:00")] // the first 02:30, in summer time
    [InlineData("2025-10-26T02:30+01:00", "PT24H", "2025-10-27T01:30:00Z", "2025-10-27T02:30:00+01:00")] // the second 02:30
    [InlineData("2025-06-02T10:00:00.25Z", "PT1H", "2025-06-02T11:00:00.25Z", "2025-06-02T13:00:00.25+02:00")]
    public void Json_HoursAcrossDst(string from, string period, string expiresAt, string expiresAtLocal)
    {
        var (code, output, _) = Run("deadline", "--from", from, "--period", period, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(expiresAt, json.RootElement.GetProperty("expiresAt").GetString());
        Assert.Equal(expiresAtLocal, json.RootElement.GetProperty("expiresAtLocal").GetString());
    }

    [Fact]
    public void Zone_ChangesTheDaysCounted()
    {
        var (code, output, _) = Run("deadline", "--from", "2025-01-31", "--period", "P1M", "--zone", "America/New_York", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2025-03-01T05:00:00Z", json.RootElement.GetProperty("expiresAt").GetString());
        Assert.Equal("2025-03-01T00:00:00-05:00", json.RootElement.GetProperty("expiresAtLocal").GetString());
    }

    [Theory]
    [InlineData("2025-03-30T02:30", "does not exist in Europe/Amsterdam")]
    [InlineData("2025-10-26T02:30", "occurs twice in Europe/Amsterdam")]
    [InlineData("2025-02-30", "February 2025 has no day 30")]
    [InlineData("yesterday", "expected a date")]
    [InlineData("2025-03-01", "an hour period (PT24H) runs from a moment")]
    public void BadFrom_ExitsWith2AndSaysWhy(string from, string message)
    {
        var (code, output, error) = Run("deadline", "--from", from, "--period", "PT24H");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"Invalid --from '{from}'", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P1M2D", "single unit")]
    [InlineData("P-1D", "must not be negative")]
    [InlineData("1 month", "ISO-8601")]
    public void BadPeriod_ExitsWith2AndSaysWhy(string period, string message)
    {
        var (code, _, error) = Run("deadline", "--from", "2025-03-01", "--period", period);

        Assert.Equal(2, code);
        Assert.Contains($"Invalid --period '{period}'", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownZone_ExitsWith2()
    {
        var (code, _, error) = Run("deadline", "--from", "2025-03-01", "--period", "P1D", "--zone", "Mars/Olympus_Mons");

        Assert.Equal(2, code);
        Assert.Contains("Unknown --zone 'Mars/Olympus_Mons'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--convention", "nl")]
    [InlineData("--format", "xml")]
    public void UnknownChoice_ExitsWith2(string option, string value)
    {
        var (code, _, error) = Run("deadline", "--from", "2025-03-01", "--period", "P1D", option, value);

        Assert.Equal(2, code);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredOption_ExitsWith2()
    {
        var (code, _, error) = Run("deadline", "--period", "P1D");

        Assert.Equal(2, code);
        Assert.Contains("--from", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsOptionsAndAnExample()
    {
        var (code, output, _) = Run("deadline", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Example: dpa-rules deadline --from 2025-01-31 --period P1M --convention nl-atw", output, StringComparison.Ordinal);
        Assert.Contains("--convention <contract|eu-1182-71|nl-atw>", output, StringComparison.Ordinal);
        Assert.Contains("[default: Europe/Amsterdam]", output, StringComparison.Ordinal);
    }
}
