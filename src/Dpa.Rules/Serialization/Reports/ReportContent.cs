using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>What every format reports about a run, computed once: display paths, lines, fingerprints, counts and the Art. 28 summary.</summary>
internal sealed class ReportContent
{
    public const string ToolName = "dpa-rules";

    public static readonly Uri InformationUri = new("https://github.com/dpa-rules/Dpa.Rules");

    public ReportContent(ValidationRun run, ReportWriterOptions options)
    {
        Run = run;
        Options = options;
        var files = ImmutableArray.CreateBuilder<FileContent>(run.Results.Length);
        var totals = default(Counts);
        foreach (var result in run.Results)
        {
            var file = ReportPaths.ToDisplayPath(result.FilePath, options.BaseDirectory);
            var occurrences = new Dictionary<(RuleId, string), int>();
            var findings = ImmutableArray.CreateBuilder<FindingContent>(result.Findings.Length);
            var counts = default(Counts);
            foreach (var finding in result.Findings)
            {
                var key = (finding.RuleId, finding.Path);
                occurrences.TryGetValue(key, out var ordinal);
                occurrences[key] = ordinal + 1;
                findings.Add(new FindingContent(finding, result.Lines.GetLine(finding.Path), Fingerprint(finding, file, ordinal)));
                counts = counts.Add(finding);
            }

            var art28 = result.Agreement is { } agreement
                ? Art28Checklist.Evaluate(agreement, result.Findings, result.Rules.IsEmpty ? run.Rules : result.Rules)
                : default;
            files.Add(new FileContent(result, file, ReportPaths.ToUri(file), findings.MoveToImmutable(), art28, counts));
            totals = totals.Add(counts);
        }

        Files = files.MoveToImmutable();
        Totals = totals;
    }

    public ValidationRun Run { get; }

    public ReportWriterOptions Options { get; }

    public ImmutableArray<FileContent> Files { get; }

    public Counts Totals { get; }

    public int NotLoaded => Files.Count(f => !f.Result.IsLoaded);

    public static string SeverityName(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "info",
        _ => "none",
    };

    public static string CoverageName(Art28Coverage coverage) => coverage switch
    {
        Art28Coverage.Covered => "covered",
        Art28Coverage.Gap => "gap",
        Art28Coverage.NotApplicable => "notApplicable",
        _ => "notChecked",
    };

    /// <summary>The fingerprint recipe (docs/report-format.md): SHA-256 over rule id, file, model path and the occurrence
    /// number of that triple, each followed by a line feed — never lines or message text, which change without the finding changing.</summary>
    internal static string Fingerprint(Finding finding, string file, int ordinal)
    {
        var text = string.Concat(finding.RuleId.ToString(), "\n", file, "\n", finding.Path, "\n", ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture), "\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    internal sealed record FileContent(
        AgreementResult Result,
        string File,
        string Uri,
        ImmutableArray<FindingContent> Findings,
        ImmutableArray<Art28ElementStatus> Art28,
        Counts Counts);

    internal readonly record struct FindingContent(Finding Finding, int Line, string Fingerprint);

    internal readonly record struct Counts(int Errors, int Warnings, int Infos, int Suppressed)
    {
        public Counts Add(Finding finding) => finding switch
        {
            { IsSuppressed: true } => this with { Suppressed = Suppressed + 1 },
            { Severity: RuleSeverity.Error } => this with { Errors = Errors + 1 },
            { Severity: RuleSeverity.Warning } => this with { Warnings = Warnings + 1 },
            { Severity: RuleSeverity.Info } => this with { Infos = Infos + 1 },
            _ => this,
        };

        public Counts Add(Counts other) =>
            new(Errors + other.Errors, Warnings + other.Warnings, Infos + other.Infos, Suppressed + other.Suppressed);
    }
}
