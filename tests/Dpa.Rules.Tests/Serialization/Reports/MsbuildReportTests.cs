using System.Text.RegularExpressions;
using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Tests.Serialization.Reports;

/// <summary>The one-line format: the MSBuild/Roslyn shape that problem matchers read, with the JSON member's line and column.</summary>
public sealed partial class MsbuildReportTests
{
    private static readonly string[] Lines = ReportWriter.Format(ReportFixture.CreateRun(), ReportFormat.Msbuild).TrimEnd('\n').Split('\n');

    [Fact]
    public void EveryActiveFinding_IsOneCanonicalLine_AtItsMembersLineAndColumn()
    {
        var planning = ReportFixture.Read(ReportFixture.PlanningFile);
        var line = ReportFixture.LineOf(planning, "\"deadline\": \"PT24H\"");
        var column = planning.Split('\n')[line - 1].IndexOf('"', StringComparison.Ordinal) + 1;

        Assert.Contains($"examples/000-planning-nl.json({line},{column}): warning DPA7901: Finding of DPA7901 at '$.breach.deadline'", Lines);
        Assert.Contains(Lines, l => l.StartsWith("examples/000-planning-nl.json(", StringComparison.Ordinal) && l.Contains("): error DPA8901: ", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.Contains("): info DPA1901: ", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines, l => l.Contains("DPA4901", StringComparison.Ordinal)); // suppressed
    }

    [Fact]
    public void FileThatDoesNotLoad_IsAnErrorAtItsLine()
    {
        // The reader's position, as its message on stderr gives it ("line 3, column 16").
        Assert.Contains("examples/broken.json(3,16): error: Expected an object. (at $.document)", Lines);
    }

    [Fact]
    public void EveryLine_MatchesTheMsCompileProblemMatcher()
    {
        // VS Code's and GitHub's $msCompile pattern, with the code optional as docs/ci.md's matcher has it.
        Assert.All(Lines, l => Assert.Matches(Canonical(), l));
        Assert.Equal(4, Lines.Length);
    }

    [GeneratedRegex(@"^(\S.*)\((\d+),(\d+)\): (error|warning|info)( DPA\d{4})?: (.*)$")]
    private static partial Regex Canonical();
}
