using System.Text;
using Dpa.Rules.Authoring;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Tests.Validation;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Tests.Serialization.Reports;

/// <summary>Keeps docs/report-format.md honest: its code compiles and runs here, and its examples are this code's real output.</summary>
public sealed class ReportDocumentationTests
{
    private static string[] Docs = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "docs", "report-format.md"));

    [Fact]
    public void Snippet_WritesAReportOverManyFiles()
    {
        var root = RepositoryRootAttribute.Value;
        string[] files = ["examples/000-planning-nl.json", "examples/002-simplicate.json"];
        var validator = ValidationFixture.Validator();
        var asOf = ValidationFixture.AsOf;
        var outputIsTerminal = false;
        using var output = new StringWriter();

        // begin-snippet: write-report
        var results = new List<AgreementResult>();
        foreach (var file in files)                  // paths relative to the repository root
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, file));
            try
            {
                var agreement = AgreementJson.Load(bytes);
                var report = validator.Validate(agreement);
                results.Add(AgreementResult.Validated(file, agreement, report, AgreementLineIndex.Create(bytes)));
            }
            catch (AgreementFormatException error)
            {
                results.Add(AgreementResult.LoadFailed(file, error));
            }
        }

        var run = new ValidationRun(results, validator.Rules.Rules.Select(rule => rule.Descriptor), asOf);
        var options = ReportWriterOptions.Default with { UseColor = ReportWriterOptions.ShouldUseColor(outputIsTerminal) };
        ReportWriter.Write(run, ReportFormat.Text, output, options);
        // end-snippet

        var lines = output.ToString().Split('\n');
        Assert.Equal("examples/000-planning-nl.json", lines[0]);
        Assert.Contains("examples/002-simplicate.json", lines);
        Assert.Equal("2 files: 0 errors, 0 warnings, 0 info, 0 suppressed.", lines[^2]);
    }

    [Fact]
    public void Docs_ShowTheTestedSnippet()
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "tests", "Dpa.Rules.Tests", "Serialization", "Reports", "ReportDocumentationTests.cs"));
        var tested = Between(source, l => l.Trim() == "// begin-snippet: write-report", l => l.Trim() == "// end-snippet");
        var indent = tested.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);

        Assert.Equal(
            string.Join('\n', tested.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())),
            string.Join('\n', Block("<!-- snippet: write-report -->")));
    }

    [Fact]
    public void Docs_ExamplesAreRealOutput()
    {
        var (agreement, run) = ExampleRun();
        var options = ReportWriterOptions.Default with { ToolVersion = "0.1.0" };

        var text = ReportWriter.Format(run, ReportFormat.Text, options).TrimEnd('\n');
        if (Environment.GetEnvironmentVariable("DPA_UPDATE_DOCS") == "1")
        {
            // After a change of the text format: DPA_UPDATE_DOCS=1 dotnet test ... -- --filter-method "*Docs_ExamplesAreRealOutput".
            ReplaceBlock("<!-- example: text -->", text);
        }

        Assert.Equal(AgreementJson.ToJson(agreement).TrimEnd('\n'), string.Join('\n', Block("<!-- example: agreement -->")));
        Assert.Equal(text, string.Join('\n', Block("<!-- example: text -->")));

        // The JSON and SARIF examples are compacted excerpts: each of their fingerprints must be real.
        var json = ReportWriter.Format(run, ReportFormat.Json, options);
        var sarif = ReportWriter.Format(run, ReportFormat.Sarif, options);
        var documented = string.Join('\n', Docs);
        var fingerprints = System.Text.RegularExpressions.Regex.Matches(documented, "\"[0-9a-f]{64}\"").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(fingerprints);
        Assert.All(fingerprints, f => Assert.True(json.Contains(f, StringComparison.Ordinal) && sarif.Contains(f, StringComparison.Ordinal), f));
    }

    /// <summary>The run the docs show: DPA4004 and the engine rules on three files as of 2026-11-25.</summary>
    private static (Dpa.Rules.Model.ProcessingAgreement Agreement, ValidationRun Run) ExampleRun()
    {
        var agreement = ValidationFixture.WithoutObjectionRight;
        var bytes = Encoding.UTF8.GetBytes(AgreementJson.ToJson(agreement));
        var expired = ValidationFixture.Options.WithSuppression(new Suppression
        {
            RuleId = ValidationFixture.Dpa4004,
            Justification = "Objection right agreed by e-mail, contract update pending",
            Approver = "Legal",
            ExpiresOn = new LocalDate(2026, 10, 31),
        });
        var active = ValidationFixture.Options.WithSuppression(new Suppression
        {
            RuleId = ValidationFixture.Dpa4004,
            Path = ValidationFixture.ObjectionRightPath,
            Justification = "Objection right in the main agreement, clause 12.3",
            Approver = "Legal",
            ExpiresOn = new LocalDate(2027, 6, 30),
        });
        AgreementResult broken;
        try
        {
            AgreementJson.Parse("{\n  \"formatVersion\": 1,\n  \"document\": 5\n}\n");
            throw new InvalidOperationException("The broken document loaded.");
        }
        catch (AgreementFormatException error)
        {
            broken = AgreementResult.LoadFailed("dpas/broken.json", error);
        }

        var run = new ValidationRun(
            [
                AgreementResult.Validated("dpas/acme-hosting.json", agreement, ValidationFixture.Validator(options: expired).Validate(agreement), AgreementLineIndex.Create(bytes)),
                AgreementResult.Validated("dpas/beta-mail.json", agreement, ValidationFixture.Validator(options: active).Validate(agreement), AgreementLineIndex.Create(bytes)),
                broken,
            ],
            [.. ValidationFixture.ObjectionRightOnly.Rules.Select(r => r.Descriptor), .. EngineRules.All],
            ValidationFixture.AsOf);
        return (agreement, run);
    }

    private static void ReplaceBlock(string marker, string content)
    {
        var path = Path.Combine(RepositoryRootAttribute.Value, "docs", "report-format.md");
        var lines = File.ReadAllLines(path).ToList();
        var at = lines.FindIndex(l => l.Trim() == marker);
        var open = lines.FindIndex(at + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = lines.FindIndex(open + 1, l => l == "```");
        lines.RemoveRange(open + 1, close - open - 1);
        lines.InsertRange(open + 1, content.Split('\n'));
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        Docs = [.. lines];
    }

    /// <summary>The lines of the first fenced block after <paramref name="marker"/>.</summary>
    private static List<string> Block(string marker)
    {
        var after = Between(Docs, l => l.Trim() == marker, l => false, toEnd: true);
        return Between(after, l => l.StartsWith("```", StringComparison.Ordinal), l => l == "```");
    }

    private static List<string> Between(IReadOnlyList<string> lines, Func<string, bool> start, Func<string, bool> end, bool toEnd = false)
    {
        var list = lines.ToList();
        var from = list.FindIndex(l => start(l));
        Assert.True(from >= 0, "Start marker not found.");
        var to = toEnd ? list.Count : list.FindIndex(from + 1, l => end(l));
        Assert.True(to > from, "End marker not found.");
        return [.. list.Skip(from + 1).Take(to - from - 1)];
    }
}
