using System.Globalization;
using System.Text;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using NodaTime.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes the text report for people: per file its findings grouped errors first, then warnings, info and suppressed,
/// each with the clause it comes from next to its path; the Art. 28 summary with the elements' titles; then a summary line.
/// Every word is in the report's culture (<see cref="ReportWriterOptions.Culture"/>).</summary>
internal sealed class TextReportWriter(ReportSession session) : ReportFormatter(session)
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private bool _first = true;

    private ReportTexts Texts => Session.Texts;

    private bool Color => Session.Options.UseColor;

    public override void Begin(ReportSink sink)
    {
    }

    public override byte[] Render(FileSection file)
    {
        var text = new StringBuilder();
        Paint(text, Bold, Clean(file.File)).Append('\n');
        switch (file.Result)
        {
            case { LoadError: { } error }:
                text.Append("  ");
                Paint(text, Red, Texts.NotAnAgreement).Append(": ").Append(Texts.Line).Append(' ').Append(error.LineNumber.ToString(CultureInfo.InvariantCulture))
                    .Append(", ").Append(Texts.At).Append(' ').Append(Clean(error.Path)).Append(": ").Append(Clean(error.Reason)).Append('\n');
                return Utf8.GetBytes(text.ToString());
            case { ReadError: { } reason }:
                text.Append("  ");
                Paint(text, Red, Texts.CannotBeRead).Append(": ").Append(Clean(reason)).Append('\n');
                return Utf8.GetBytes(text.ToString());
        }

        if (file.Findings.IsEmpty)
        {
            text.Append("  ");
            Paint(text, Green, Texts.NoFindings).Append('\n');
        }

        AppendGroup(text, file, RuleSeverity.Error, Red);
        AppendGroup(text, file, RuleSeverity.Warning, Yellow);
        AppendGroup(text, file, RuleSeverity.Info, Cyan);
        AppendSuppressed(text, file);
        AppendArt28(text, file.Art28);
        return Utf8.GetBytes(text.ToString());
    }

    public override void Append(ReportSink sink, byte[] section)
    {
        if (!_first)
        {
            sink.Write("\n"u8);
        }

        _first = false;
        sink.Write(section);
    }

    public override void End(ReportSink sink, IReadOnlyList<FileSummary> files, Counts totals)
    {
        var notLoaded = files.Count(file => !file.IsLoaded);
        var summary = new StringBuilder()
            .Append(Texts.Files(files.Count)).Append(": ")
            .Append(Texts.SeverityCount(RuleSeverity.Error, totals.Errors)).Append(", ")
            .Append(Texts.SeverityCount(RuleSeverity.Warning, totals.Warnings)).Append(", ")
            .Append(Texts.SeverityCount(RuleSeverity.Info, totals.Infos)).Append(", ")
            .Append(Texts.SuppressedCount(totals.Suppressed));
        if (notLoaded > 0)
        {
            summary.Append("; ").Append(Texts.Format(Texts.NotLoaded, Texts.Files(notLoaded)));
        }

        var text = new StringBuilder();
        if (!_first)
        {
            text.Append('\n');
        }

        Paint(text, Bold, summary.Append('.').ToString()).Append('\n');
        sink.Write(Utf8.GetBytes(text.ToString()));
    }

    private void AppendGroup(StringBuilder text, FileSection file, RuleSeverity severity, string colour)
    {
        var count = 0;
        foreach (var item in file.Findings)
        {
            if (item.Finding.IsSuppressed || item.Finding.Severity != severity)
            {
                continue;
            }

            if (count++ == 0)
            {
                text.Append("  ");
                Paint(text, colour, Texts.Heading(severity)).Append('\n');
            }

            AppendFinding(text, item, colour);
        }
    }

    private void AppendSuppressed(StringBuilder text, FileSection file)
    {
        var count = 0;
        foreach (var item in file.Findings)
        {
            if (item.Finding.Suppression is not { } suppression)
            {
                continue;
            }

            if (count++ == 0)
            {
                text.Append("  ");
                Paint(text, Dim, Texts.Suppressed).Append('\n');
            }

            AppendFinding(text, item, Dim);
            var why = new StringBuilder(Texts.Format(Texts.SuppressedBecause, Clean(suppression.Justification)));
            if (suppression.Approver is { } approver)
            {
                why.Append("; ").Append(Texts.Format(Texts.ApprovedBy, Clean(approver)));
            }

            if (suppression.ExpiresOn is { } expiry)
            {
                why.Append("; ").Append(Texts.Format(Texts.Until, LocalDatePattern.Iso.Format(expiry)));
            }

            text.Append(Indent);
            Paint(text, Dim, why.ToString()).Append('\n');
        }
    }

    // "    DPA4004  message" and below it "             $.path (clause 7.1), line 12".
    private const string Indent = "             ";

    private void AppendFinding(StringBuilder text, FindingContent item, string colour)
    {
        var finding = item.Finding;
        text.Append("    ");
        Paint(text, colour, finding.RuleId.ToString()).Append("  ").Append(Clean(finding.Message)).Append('\n');
        text.Append(Indent).Append(Clean(finding.Path));
        if (Texts.Source(finding.Source) is { Length: > 0 } source)
        {
            text.Append(" (").Append(Clean(source)).Append(')');
        }

        text.Append(", ").Append(Texts.Line).Append(' ').Append(item.Line.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    private void AppendArt28(StringBuilder text, System.Collections.Immutable.ImmutableArray<Art28ElementStatus> statuses)
    {
        var covered = statuses.Count(s => s.Coverage == Art28Coverage.Covered);
        text.Append("  ");
        Paint(text, Bold, Texts.Format(Texts.Art28Heading, covered, statuses.Length)).Append('\n');
        AppendElements(text, Texts.Gaps, statuses, Art28Coverage.Gap);
        AppendElements(text, Texts.NotApplicable, statuses, Art28Coverage.NotApplicable);
        AppendElements(text, Texts.NotChecked, statuses, Art28Coverage.NotChecked);
    }

    private void AppendElements(StringBuilder text, string label, System.Collections.Immutable.ImmutableArray<Art28ElementStatus> statuses, Art28Coverage coverage)
    {
        var first = true;
        foreach (var status in statuses)
        {
            if (status.Coverage != coverage)
            {
                continue;
            }

            if (first)
            {
                text.Append("    ").Append(label).Append(":\n");
                first = false;
            }

            text.Append("      ").Append(Texts.Citation(status.Element)).Append(": ").Append(Texts.Title(status.Element));
            if (!status.GapRuleIds.IsEmpty)
            {
                text.Append(" (").AppendJoin(", ", status.GapRuleIds).Append(')');
            }

            text.Append('\n');
        }
    }

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

    private StringBuilder Paint(StringBuilder text, string code, string value) =>
        Color ? text.Append(code).Append(value).Append(Reset) : text.Append(value);
}
