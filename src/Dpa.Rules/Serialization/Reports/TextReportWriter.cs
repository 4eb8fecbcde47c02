using System.Globalization;
using System.Text;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using NodaTime.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes the compact text report: per file a header, one line per finding, the Art. 28 summary; then a summary line.</summary>
internal static class TextReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";

    public static void Write(ReportContent content, TextWriter output)
    {
        var color = content.Options.UseColor;
        var text = new StringBuilder();
        foreach (var file in content.Files)
        {
            Paint(text, color, Bold, Clean(file.File)).Append('\n');
            if (file.Result.LoadError is { } error)
            {
                text.Append("  ");
                Paint(text, color, Red, "load error").Append(CultureInfo.InvariantCulture, $" at {Clean(error.Path)} (line {error.LineNumber}): {Clean(error.Reason)}\n");
                continue;
            }

            if (file.Findings.IsEmpty)
            {
                text.Append("  ");
                Paint(text, color, Green, "no findings").Append('\n');
            }

            foreach (var item in file.Findings)
            {
                AppendFinding(text, color, item.Finding);
            }

            AppendArt28(text, file.Art28);
        }

        AppendSummary(text, color, content);
        output.Write(text.ToString());
    }

    private static void AppendFinding(StringBuilder text, bool color, Finding finding)
    {
        var severity = ReportContent.SeverityName(finding.Severity);
        text.Append("  ");
        if (finding.Suppression is { } suppression)
        {
            var line = new StringBuilder()
                .Append(severity.PadRight(7)).Append(' ').Append(finding.RuleId.ToString()).Append(' ').Append(Clean(finding.Path)).Append(Source(finding)).Append(": ")
                .Append(Clean(finding.Message)).Append(" [suppressed: ").Append(Clean(suppression.Justification));
            if (suppression.Approver is { } approver)
            {
                line.Append("; approved by ").Append(Clean(approver));
            }

            if (suppression.ExpiresOn is { } expiry)
            {
                line.Append("; until ").Append(LocalDatePattern.Iso.Format(expiry));
            }

            Paint(text, color, Dim, line.Append(']').ToString()).Append('\n');
            return;
        }

        var paint = finding.Severity switch
        {
            RuleSeverity.Error => Red,
            RuleSeverity.Warning => Yellow,
            _ => Cyan,
        };
        Paint(text, color, paint, severity.PadRight(7)).Append(' ').Append(finding.RuleId.ToString()).Append(' ')
            .Append(Clean(finding.Path)).Append(Source(finding)).Append(": ").Append(Clean(finding.Message)).Append('\n');
    }

    // " (clause 7.1)", " (not stated)", or nothing for findings about no single fact.
    private static string Source(Finding finding) => finding.Source.ToString() is { Length: > 0 } source ? " (" + Clean(source) + ")" : string.Empty;

    private static void AppendArt28(StringBuilder text, System.Collections.Immutable.ImmutableArray<Art28ElementStatus> statuses)
    {
        var covered = statuses.Count(s => s.Coverage == Art28Coverage.Covered);
        text.Append(CultureInfo.InvariantCulture, $"  Art. 28: {covered} of {statuses.Length} elements covered");
        AppendList(text, "gaps", statuses, Art28Coverage.Gap);
        AppendList(text, "not applicable", statuses, Art28Coverage.NotApplicable);
        AppendList(text, "not checked", statuses, Art28Coverage.NotChecked);
        text.Append('\n');
    }

    private static void AppendList(StringBuilder text, string label, System.Collections.Immutable.ImmutableArray<Art28ElementStatus> statuses, Art28Coverage coverage)
    {
        var ids = statuses.Where(s => s.Coverage == coverage).Select(s => s.Element.Id).ToList();
        if (ids.Count > 0)
        {
            text.Append("; ").Append(label).Append(": ").AppendJoin(", ", ids);
        }
    }

    private static void AppendSummary(StringBuilder text, bool color, ReportContent content)
    {
        var totals = content.Totals;
        var summary = new StringBuilder()
            .Append(Count(content.Files.Length, "file", "files")).Append(": ")
            .Append(Count(totals.Errors, "error", "errors")).Append(", ")
            .Append(Count(totals.Warnings, "warning", "warnings")).Append(", ")
            .Append(Count(totals.Infos, "info", "info")).Append(", ")
            .Append(totals.Suppressed.ToString(CultureInfo.InvariantCulture)).Append(" suppressed");
        if (content.NotLoaded > 0)
        {
            summary.Append("; ").Append(Count(content.NotLoaded, "file", "files")).Append(" not loaded");
        }

        Paint(text, color, Bold, summary.Append('.').ToString()).Append('\n');
    }

    private static string Count(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    // Party and sub-processor names reach messages from the agreement: control characters there must not drive the terminal,
    // and bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and the like) must not reorder what the reader sees.
    private static string Clean(string value)
    {
        if (!value.Any(IsUnsafe))
        {
            return value;
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsUnsafe(source[i]) ? '?' : source[i];
            }
        });
    }

    // Controls, and the bidirectional formatting characters: LRM, RLM, ALM, the embeddings and overrides (U+202A-U+202E) and
    // the isolates (U+2066-U+2069).
    internal static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static StringBuilder Paint(StringBuilder text, bool color, string code, string value) =>
        color ? text.Append(code).Append(value).Append(Reset) : text.Append(value);
}
