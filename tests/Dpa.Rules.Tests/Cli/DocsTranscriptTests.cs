using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dpa.Rules.Tests.Cli;

/// <summary>Every <c>$ dpa-rules …</c> transcript in docs/ is the tool's real output: each command is run as a process in the
/// repository root and what it prints (standard error, then standard output) and its exit code (a following
/// <c>$ echo $?</c> or <c>[exit N]</c>) must be what the page shows.</summary>
/// <remarks>The rules change in parallel with the docs: after a merge, regenerate every transcript with
/// <c>DPA_UPDATE_DOCS=1 dotnet test --project tests/Dpa.Rules.Tests -c Release -- --filter-class "*DocsTranscriptTests"</c>
/// and read the diff. docs/rules/ is left to the rule pages' own tests.</remarks>
public sealed partial class DocsTranscriptTests
{
    private static string Root => RepositoryRootAttribute.Value;

    public static TheoryData<string> Pages => [.. PageNames];

    private static IEnumerable<string> PageNames => Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md")
        .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs", "examples"), "*.md"))
        .Append(Path.Combine(Root, "README.md"))
        .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
        .Where(path => File.ReadAllText(Path.Combine(Root, path)).Contains("\n$ dpa-rules ", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    [Fact]
    public void TheCliPages_HaveTranscripts()
    {
        var pages = PageNames.ToList();
        Assert.Contains("docs/cli.md", pages);
        Assert.Contains("docs/deadlines.md", pages);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Transcript_IsTheToolsRealOutput(string page)
    {
        var path = Path.Combine(Root, page);
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n').ToList();
        var transcripts = Parse(lines);
        Assert.NotEmpty(transcripts);

        var update = Environment.GetEnvironmentVariable("DPA_UPDATE_DOCS") == "1";
        var mismatches = new List<string>();

        // From the last, so that replacing one transcript's lines leaves the earlier ones' line numbers as they were.
        foreach (var transcript in transcripts.AsEnumerable().Reverse())
        {
            var (exitCode, output) = RunTool(transcript.Arguments);
            var actual = output.TrimEnd('\n').Split('\n').Where((line, i) => line.Length > 0 || i > 0).ToList();
            if (update)
            {
                if (transcript.ExitLine is { } exitLine)
                {
                    lines[exitLine] = lines[exitLine].StartsWith("[exit ", StringComparison.Ordinal)
                        ? string.Create(CultureInfo.InvariantCulture, $"[exit {exitCode}]")
                        : exitCode.ToString(CultureInfo.InvariantCulture);
                }

                lines.RemoveRange(transcript.OutputStart, transcript.OutputCount);
                lines.InsertRange(transcript.OutputStart, actual);
                continue;
            }

            var expected = lines.GetRange(transcript.OutputStart, transcript.OutputCount);
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add($"{page}:{transcript.CommandLine + 1}: $ {lines[transcript.CommandLine][2..]}\n--- the page\n{string.Join('\n', expected)}\n--- the tool\n{string.Join('\n', actual)}");
            }

            if (transcript.ExitCode is { } documented && documented != exitCode)
            {
                mismatches.Add($"{page}:{transcript.CommandLine + 1}: the page says exit code {documented}, the tool gave {exitCode}");
            }
        }

        if (update)
        {
            File.WriteAllText(path, string.Join('\n', lines));
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches) + "\n\nRegenerate with DPA_UPDATE_DOCS=1 (see DocsTranscriptTests) and read the diff.");
    }

    [Fact]
    public void Pages_PointOnlyToWhatThisRepositoryHolds()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs", "examples"), "*.md"))
            .Append(Path.Combine(Root, "README.md"));
        var problems = new List<string>();
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            var name = Path.GetRelativePath(Root, page).Replace('\\', '/');
            problems.AddRange(((string[])["legal.md", "design §", "Design §", "rules.md", "../shared"])
                .Where(outside => text.Contains(outside, StringComparison.Ordinal))
                .Select(outside => $"{name} names '{outside}', which is not in this repository"));
            problems.AddRange(RelativeLink().Matches(text)
                .Select(link => link.Groups[1].Value)
                .Where(target => !File.Exists(Path.Combine(Path.GetDirectoryName(page)!, target)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(page)!, target)))
                .Select(target => $"{name} links to '{target}', which does not exist"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Parse_FindsCommandsOutputAndExitCodes()
    {
        var lines = "text\n```console\n$ dpa-rules rules\na\nb\n$ echo $?\n0\n$ dpa-rules explain X\nc\n[exit 2]\n```\n$ dpa-rules outside\n".Split('\n').ToList();
        var transcripts = Parse(lines);
        Assert.Equal(2, transcripts.Count);
        Assert.Equal(["rules"], transcripts[0].Arguments);
        Assert.Equal("2 3 2 6 0", Describe(transcripts[0]));
        Assert.Equal(["explain", "X"], transcripts[1].Arguments);
        Assert.Equal("7 8 1 9 2", Describe(transcripts[1]));
        Assert.Equal(["validate", "a b.json", "--as-of", "x"], Arguments("validate 'a b.json' --as-of \"x\""));
    }

    private static string Describe(Transcript t) => $"{t.CommandLine} {t.OutputStart} {t.OutputCount} {t.ExitLine} {t.ExitCode}";

    /// <summary>The transcripts of a page: inside a code fence, a line <c>$ dpa-rules …</c>, its output up to the next
    /// <c>$ </c> line, <c>[exit N]</c> or the fence's end, and the exit code if the page gives it.</summary>
    private static List<Transcript> Parse(List<string> lines)
    {
        var transcripts = new List<Transcript>();
        string? fence = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (fence is null)
            {
                if (FenceOpening().Match(line) is { Success: true } opening)
                {
                    fence = opening.Groups[1].Value;
                }

                continue;
            }

            if (line == fence)
            {
                fence = null;
                continue;
            }

            if (!line.StartsWith("$ dpa-rules ", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && lines[end] != fence && !lines[end].StartsWith("$ ", StringComparison.Ordinal) && !lines[end].StartsWith("[exit ", StringComparison.Ordinal))
            {
                end++;
            }

            int? exitLine = null;
            if (end < lines.Count && lines[end].StartsWith("[exit ", StringComparison.Ordinal))
            {
                exitLine = end;
            }
            else if (end + 1 < lines.Count && lines[end] == "$ echo $?")
            {
                exitLine = end + 1;
            }

            int? exitCode = exitLine is { } at && int.TryParse(lines[at].Trim('[', ']').Replace("exit ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture, out var code) ? code : null;
            transcripts.Add(new Transcript(i, Arguments(line["$ dpa-rules ".Length..]), i + 1, end - i - 1, exitLine, exitCode));
            i = end - 1;
        }

        return transcripts;
    }

    /// <summary>Splits a command line as a shell would for these pages: words, with '…' and "…" quoting.</summary>
    private static string[] Arguments(string commandLine) =>
        [.. Word().Matches(commandLine).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)];

    private static (int ExitCode, string Output) RunTool(string[] arguments)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dpa-rules.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dpa-rules.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "dpa-rules did not end.");
        return (process.ExitCode, (error + output.Result).ReplaceLineEndings("\n"));
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : "dotnet";

    private sealed record Transcript(int CommandLine, string[] Arguments, int OutputStart, int OutputCount, int? ExitLine, int? ExitCode);

    // A markdown link to a file of the repository: not a web address, an anchor or an e-mail address.
    [GeneratedRegex(@"\]\((?!https?:|mailto:|#)([^)#\s]+)(#[^)]*)?\)")]
    private static partial Regex RelativeLink();

    [GeneratedRegex("^(`{3,})[a-z]*$")]
    private static partial Regex FenceOpening();

    [GeneratedRegex("""'([^']*)'|"([^"]*)"|(\S+)""")]
    private static partial Regex Word();
}
