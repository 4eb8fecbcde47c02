using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using NodaTime.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes one self-contained HTML page for a privacy officer: per agreement the GDPR Art. 28 coverage as a picture,
/// the findings grouped by Art. 28 element with their clauses and linked legal references, and the retention schedule and
/// breach notification chain as SVG timelines; a summary of all agreements.</summary>
/// <remarks><para>No script, no network, no framework: inline CSS and SVG only, so the file can be mailed or archived as it
/// is. Every text from an agreement or a finding is HTML-encoded. Written as the files come (constant memory): the summary
/// is written last and shown first by the page's style, with a link to it at the top for readers that follow the source
/// order.</para></remarks>
internal sealed class HtmlReportWriter(ReportSession session) : ReportFormatter(session)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private ReportTexts Texts => Session.Texts;

    private HtmlTexts Html => HtmlTexts.For(Session.Texts);

    public override void Begin(ReportSink sink)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(ReferenceEquals(Texts, ReportTexts.Dutch) ? "nl" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"").Append(Encode(ReportSession.ToolName + " " + Session.Options.ToolVersion)).Append("\">\n")
            .Append("<title>").Append(Encode(Html.Title)).Append("</title>\n<style>\n").Append(HtmlPictures.Style).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#summary\">").Append(Encode(Html.SkipToSummary)).Append("</a>\n<header>\n<h1>").Append(Encode(Html.Title)).Append("</h1>\n<p>")
            .Append(Encode(string.Format(Texts.Culture, Html.AsOf, HtmlPictures.Day(Session.AsOf, Texts.Culture)))).Append(" · ")
            .Append(Encode(ReportSession.ToolName + " " + Session.Options.ToolVersion)).Append("</p>\n</header>\n<main>\n");
        sink.Write(Utf8.GetBytes(html.ToString()));
    }

    public override byte[] Render(FileSection file)
    {
        var html = new StringBuilder();
        html.Append("<section class=\"file\" id=\"").Append(Anchor(file.File)).Append("\">\n<h2>").Append(Encode(file.File)).Append("</h2>\n");
        switch (file.Result)
        {
            case { LoadError: { } error }:
                html.Append("<p class=\"problem\">").Append(Encode(Texts.NotAnAgreement)).Append(": ").Append(Encode($"{Texts.Line} {error.LineNumber}, {Texts.At} {error.Path}: {error.Reason}")).Append("</p>\n</section>\n");
                return Utf8.GetBytes(html.ToString());
            case { ReadError: { } reason }:
                html.Append("<p class=\"problem\">").Append(Encode(Texts.CannotBeRead)).Append(": ").Append(Encode(reason)).Append("</p>\n</section>\n");
                return Utf8.GetBytes(html.ToString());
        }

        html.Append("<p class=\"counts\">").Append(Encode(Counts(file.Counts))).Append("</p>\n");
        var covered = file.Art28.Count(s => s.Coverage == Art28Coverage.Covered);
        html.Append("<h3>").Append(Encode(Html.Coverage)).Append(": ").Append(Encode(Texts.Format(Texts.Art28Heading, covered, file.Art28.Length).Split(": ", 2)[^1])).Append("</h3>\n");
        HtmlPictures.AppendCoverage(html, file.Art28, Texts, Html);
        AppendFindings(html, file);
        if (file.Result.Agreement is { } agreement)
        {
            HtmlPictures.AppendRetention(html, agreement, Session.AsOf, Texts, Html);
            HtmlPictures.AppendBreach(html, agreement, Session.AsOf, Texts, Html);
        }

        html.Append("</section>\n");
        return Utf8.GetBytes(html.ToString());
    }

    public override void Append(ReportSink sink, byte[] section) => sink.Write(section);

    public override void End(ReportSink sink, IReadOnlyList<FileSummary> files, Counts totals)
    {
        var html = new StringBuilder();
        html.Append("<section id=\"summary\" class=\"summary\">\n<h2>").Append(Encode(Html.Summary)).Append("</h2>\n<p class=\"counts\">")
            .Append(Encode(Texts.Files(files.Count) + ": " + Counts(totals))).Append("</p>\n");
        html.Append("<table>\n<thead><tr><th>").Append(Encode(Html.File)).Append("</th><th>").Append(Encode(Texts.Errors)).Append("</th><th>")
            .Append(Encode(Texts.Warnings)).Append("</th><th>").Append(Encode(Texts.Infos)).Append("</th><th>").Append(Encode(Texts.Suppressed)).Append("</th><th>")
            .Append(Encode(Html.Coverage)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var file in files)
        {
            html.Append("<tr><td><a href=\"#").Append(Anchor(file.File)).Append("\">").Append(Encode(file.File)).Append("</a></td>");
            if (!file.IsLoaded)
            {
                html.Append("<td colspan=\"5\" class=\"problem\">").Append(Encode(file.Status == FileStatus.LoadError ? Texts.NotAnAgreement : Texts.CannotBeRead)).Append("</td></tr>\n");
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<td>{file.Counts.Errors}</td><td>{file.Counts.Warnings}</td><td>{file.Counts.Infos}</td><td>{file.Counts.Suppressed}</td><td>");
            HtmlPictures.AppendCoverageStrip(html, file, Texts, Html);
            html.Append("</td></tr>\n");
            if (html.Length > 32 * 1024)
            {
                // One row per file: written as they are made, so that the table of a large portfolio is never held whole.
                sink.Write(Utf8.GetBytes(html.ToString()));
                html.Clear();
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n</main>\n<footer><p>").Append(Encode(ReportSession.ToolName + " " + Session.Options.ToolVersion)).Append(" · <a href=\"")
            .Append(Encode(ReportSession.InformationUri.AbsoluteUri)).Append("\">").Append(Encode(ReportSession.InformationUri.AbsoluteUri)).Append("</a></p></footer>\n</body>\n</html>\n");
        sink.Write(Utf8.GetBytes(html.ToString()));
    }

    /// <summary>HTML-encodes text, control characters replaced (they have no place in a page).</summary>
    internal static string Encode(string text) =>
        WebUtility.HtmlEncode(text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)) : text);

    /// <summary>The id of a file's section: from a hash of its path, so that it is a valid, stable id whatever the path holds.</summary>
    internal static string Anchor(string file) => "file-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..16];

    private string Counts(Counts counts) =>
        string.Join(", ", Texts.SeverityCount(RuleSeverity.Error, counts.Errors), Texts.SeverityCount(RuleSeverity.Warning, counts.Warnings), Texts.SeverityCount(RuleSeverity.Info, counts.Infos), Texts.SuppressedCount(counts.Suppressed));

    private void AppendFindings(StringBuilder html, FileSection file)
    {
        if (file.Findings.IsEmpty)
        {
            html.Append("<p class=\"clean\">").Append(Encode(Texts.NoFindings)).Append("</p>\n");
            return;
        }

        html.Append("<h3>").Append(Encode(Html.ByElement)).Append("</h3>\n");
        var shown = new HashSet<int>();
        foreach (var status in file.Art28)
        {
            var items = file.Findings.Select((item, index) => (item, index)).Where(x => status.RuleIds.Contains(x.item.Finding.RuleId)).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            html.Append("<div class=\"element ").Append(ReportSession.CoverageName(status.Coverage)).Append("\">\n<h4>").Append(Encode(Texts.Citation(status.Element))).Append(" — ")
                .Append(Encode(Texts.Title(status.Element))).Append(" <span class=\"status\">").Append(Encode(Html.CoverageWord(status.Coverage))).Append("</span></h4>\n<ul>\n");
            foreach (var (item, index) in items)
            {
                // A finding under more than one element (28(2) and 28(3)(d)) is told in full once, then pointed to.
                AppendFinding(html, item, alsoUnder: !shown.Add(index));
            }

            html.Append("</ul>\n</div>\n");
        }

        var others = file.Findings.Where(item => !file.Art28.Any(status => status.RuleIds.Contains(item.Finding.RuleId))).ToList();
        if (others.Count > 0)
        {
            html.Append("<div class=\"element other\">\n<h4>").Append(Encode(Html.OtherFindings)).Append("</h4>\n<ul>\n");
            foreach (var item in others)
            {
                AppendFinding(html, item, alsoUnder: false);
            }

            html.Append("</ul>\n</div>\n");
        }
    }

    private void AppendFinding(StringBuilder html, FindingContent item, bool alsoUnder)
    {
        var finding = item.Finding;
        var severity = finding.IsSuppressed ? "suppressed" : ReportSession.SeverityName(finding.Severity);
        html.Append("<li class=\"finding ").Append(severity).Append("\"><span class=\"badge\">")
            .Append(Encode(finding.IsSuppressed ? Texts.Suppressed : Texts.SeverityWord(finding.Severity))).Append("</span> <a class=\"rule\" href=\"")
            .Append(Encode(finding.Descriptor.HelpUri.AbsoluteUri)).Append("\" title=\"").Append(Encode(finding.Descriptor.GetTitle(Texts.Culture))).Append("\">")
            .Append(finding.RuleId.ToString()).Append("</a> ");
        if (alsoUnder)
        {
            html.Append("<span class=\"again\">").Append(Encode(finding.Message)).Append("</span></li>\n");
            return;
        }

        html.Append(Encode(finding.Message)).Append("\n<div class=\"where\">").Append(Encode(Html.Where)).Append(": <code>").Append(Encode(finding.Path)).Append("</code>");
        if (Texts.Source(finding.Source) is { Length: > 0 } source)
        {
            html.Append(" (").Append(Encode(source)).Append(')');
        }

        html.Append(", ").Append(Encode(Texts.Line)).Append(' ').Append(item.Line.ToString(CultureInfo.InvariantCulture)).Append("</div>\n");
        if (!finding.Descriptor.LegalReferences.IsEmpty)
        {
            html.Append("<div class=\"legal\">").Append(Encode(Html.LegalBasis)).Append(": ");
            var first = true;
            foreach (var reference in finding.Descriptor.LegalReferences)
            {
                html.Append(first ? string.Empty : "; ").Append("<a href=\"").Append(Encode(reference.Uri.AbsoluteUri)).Append("\">").Append(Encode(reference.ToString())).Append("</a>");
                first = false;
            }

            html.Append("</div>\n");
        }

        if (finding.Suppression is { } suppression)
        {
            var why = new StringBuilder(Texts.Format(Texts.SuppressedBecause, suppression.Justification));
            if (suppression.Approver is { } approver)
            {
                why.Append("; ").Append(Texts.Format(Texts.ApprovedBy, approver));
            }

            if (suppression.ExpiresOn is { } expiry)
            {
                why.Append("; ").Append(Texts.Format(Texts.Until, LocalDatePattern.Iso.Format(expiry)));
            }

            html.Append("<div class=\"why\">").Append(Encode(why.ToString())).Append("</div>\n");
        }

        html.Append("</li>\n");
    }
}
