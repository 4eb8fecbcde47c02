using System.Text.Json;
using static Dpa.Rules.Tests.Cli.CliTestSupport;

namespace Dpa.Rules.Tests.Cli;

public sealed class RulesCommandTests
{
    [Fact]
    public void Json_ListsEveryRuleWithItsMetadata()
    {
        var (code, output, _) = Run("rules", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Contains("DPA0003", ids);
        var objection = rules.Single(r => r.GetProperty("id").GetString() == "DPA4004");
        Assert.Equal("error", objection.GetProperty("severity").GetString());
        Assert.Equal("SubProcessors", objection.GetProperty("category").GetString());
        Assert.EndsWith("docs/rules/DPA4004.md", objection.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        Assert.Contains(objection.GetProperty("legalReferences").EnumerateArray(), r => r.GetProperty("citation").GetString()!.StartsWith("GDPR Art. 28(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_IsATable()
    {
        var (code, output, _) = Run("rules", "--format", "markdown");

        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal("| Id | Title | Severity | Category | Legal basis |", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("| [DPA4004](https://", StringComparison.Ordinal) && l.Contains("| Error | SubProcessors |", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_ListsIdsAndTitles()
    {
        var (code, output, _) = Run("rules");

        Assert.Equal(0, code);
        Assert.Contains("DPA4004  Error    SubProcessors    No right to object to a new sub-processor", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ShowsTitleDescriptionAndLegalReferences()
    {
        var (code, output, _) = Run("explain", "DPA4004");

        Assert.Equal(0, code);
        Assert.StartsWith("DPA4004: No right to object to a new sub-processor", output, StringComparison.Ordinal);
        Assert.Contains("GDPR Art. 28(2)", output, StringComparison.Ordinal);
        Assert.Contains("Documentation: https://", output, StringComparison.Ordinal);

        // The shipped docs page follows.
        var page = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", "DPA4004.md")).ReplaceLineEndings("\n");
        Assert.EndsWith(page, output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_EveryRuleHasItsPageShipped()
    {
        foreach (var rule in Dpa.Rules.Cli.RuleCatalogView.All)
        {
            var (code, output, _) = Run("explain", rule.Id.ToString());

            Assert.Equal(0, code);
            Assert.Contains($"# {rule.Id}: ", output, StringComparison.Ordinal);

            // The message shows named arguments ({minimum}), never string.Format's {1}.
            var message = output.Split('\n').First(line => line.StartsWith("Message:", StringComparison.Ordinal));
            Assert.DoesNotMatch(@"\{\d", message);
        }
    }

    [Fact]
    public void Explain_NamesTheMessageArguments()
    {
        var (code, output, _) = Run("explain", "DPA4003");

        Assert.Equal(0, code);
        Assert.Contains(
            "Message:          Changes of sub-processors are not notified sufficiently in advance: {notice}; at least {minimum} in advance is expected",
            output,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DPA4999", "There is no rule DPA4999")]
    [InlineData("DPA44", "is not a rule id")]
    [InlineData("CA1062", "is not a rule id")]
    public void Explain_UnknownOrMalformedId_ExitsWith2(string id, string message)
    {
        var (code, output, error) = Run("explain", id);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_WithoutSubcommand_PrintsHelp()
    {
        var (code, output, _) = Run();

        Assert.Equal(0, code);
        foreach (var command in new[] { "validate", "schedule", "breach", "deadline", "rules", "explain" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var (code, output, _) = Run("--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData("validate", "Example: dpa-rules validate")]
    [InlineData("schedule", "Example: dpa-rules schedule")]
    [InlineData("breach", "Example: dpa-rules breach")]
    [InlineData("rules", "Example: dpa-rules rules")]
    [InlineData("explain", "Example: dpa-rules explain")]
    public void Help_HasAnExample(string command, string example)
    {
        var (code, output, _) = Run(command, "--help");

        Assert.Equal(0, code);
        Assert.Contains(example, output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitsWith2()
    {
        var (code, _, error) = Run("lint", "x.json");

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }
}
