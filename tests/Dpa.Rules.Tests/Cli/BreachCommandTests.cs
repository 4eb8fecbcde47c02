using System.Text.Json;
using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Cli;

public sealed class BreachCommandTests
{
    // examples/002-simplicate.json: the processor notifies within 48 hours. GDPR Art. 33(1): the controller within 72 hours.
    // Awareness 2025-10-24 16:00 in Amsterdam is 14:00 UTC (summer time); hours are elapsed time, so across the change to
    // winter time on 26 October both deadlines are 15:00 local (+01:00), and the controller keeps 72 - 48 = 24 hours.
    [Fact]
    public void Json_GivesBothDeadlinesAndTheHoursLeft()
    {
        var (code, output, error) = Run("breach", Example("002-simplicate.json"), "--aware-at", "2025-10-24T16:00", "--format", "json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2025-10-24T14:00:00Z", root.GetProperty("awareAt").GetString());
        Assert.Equal("2025-10-26T14:00:00Z", root.GetProperty("processorDeadline").GetProperty("expiresAt").GetString());
        Assert.Equal("2025-10-26T15:00:00+01:00", root.GetProperty("processorDeadline").GetProperty("expiresAtLocal").GetString());
        Assert.Equal("2025-10-27T14:00:00Z", root.GetProperty("controllerDeadline").GetProperty("expiresAt").GetString());
        Assert.Equal(24, root.GetProperty("controllerHoursLeft").GetDouble());
    }

    [Fact]
    public void Text_ShowsTheTimeline()
    {
        var (code, output, _) = Run("breach", Example("002-simplicate.json"), "--aware-at", "2025-10-24T14:00:00Z");

        Assert.Equal(0, code);
        Assert.Contains("Controller's deadline: 2025-10-27T15:00:00+01:00 (2025-10-27T14:00:00Z), 72 hours (GDPR Art. 33(1))", output, StringComparison.Ordinal);
        Assert.Contains("Left to the controller: 24 hours", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-10-26T02:30", "occurs twice in Europe/Amsterdam")]
    [InlineData("2025-03-30T02:30", "does not exist in Europe/Amsterdam")]
    [InlineData("2025-02-30T10:00", "February 2025 has no day 30")]
    [InlineData("2025-10-24", "not a date")]
    public void BadAwareAt_ExitsWith2(string awareAt, string message)
    {
        var (code, output, error) = Run("breach", Example("002-simplicate.json"), "--aware-at", awareAt);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"Invalid --aware-at '{awareAt}'", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AmbiguousTimeWithOffset_IsAccepted()
    {
        var (code, output, _) = Run("breach", Example("002-simplicate.json"), "--aware-at", "2025-10-26T02:30+01:00", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2025-10-26T01:30:00Z", json.RootElement.GetProperty("awareAt").GetString());
    }
}
