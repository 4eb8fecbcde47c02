using System.Text.Json;
using NodaTime.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes the JSON report (<c>docs/report-format.md</c>) with <see cref="Utf8JsonWriter"/>, member by member: the
/// findings as each file comes, then <c>files</c>, <c>summary</c> and <c>art28</c>.</summary>
internal sealed class JsonReportWriter(ReportSession session) : JsonSectionedFormatter(session)
{
    public override void Begin(ReportSink sink)
    {
        Json.WriteStartObject();
        Json.WriteStartObject("tool");
        Json.WriteString("name", ReportSession.ToolName);
        Json.WriteString("version", Session.Options.ToolVersion);
        Json.WriteEndObject();
        Json.WriteString("asOf", LocalDatePattern.Iso.Format(Session.AsOf));
        Json.WriteStartArray("findings");
        Drain(sink);
    }

    public override void End(ReportSink sink, IReadOnlyList<FileSummary> files, Counts totals)
    {
        var json = Json;
        json.WriteEndArray();
        json.WriteStartArray("files");
        var notLoaded = 0;
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("file", file.File);
            json.WriteString("status", file.Status switch
            {
                FileStatus.Validated => "validated",
                FileStatus.LoadError => "loadError",
                _ => "unreadable",
            });
            if (file.ErrorMessage is { } message)
            {
                notLoaded++;
                json.WriteStartObject("error");
                json.WriteString("message", message);
                if (file.ErrorPath is { } path)
                {
                    json.WriteString("path", path);
                    json.WriteNumber("line", file.ErrorLine);
                }

                json.WriteEndObject();
            }

            WriteCounts(json, file.Counts);
            json.WriteEndObject();
            DrainIfLarge(sink);
        }

        json.WriteEndArray();

        json.WriteStartObject("summary");
        json.WriteNumber("files", files.Count);
        json.WriteNumber("notLoaded", notLoaded);
        WriteCounts(json, totals);
        json.WriteEndObject();

        ReportJson.WriteArt28(json, Session, files, () => DrainIfLarge(sink));
        json.WriteEndObject();
        Finish(sink);
    }

    protected override void OpenStandIn(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("findings");
    }

    protected override void WriteItem(Utf8JsonWriter json, FileSection file, FindingContent item)
    {
        var finding = item.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId.ToString());
        json.WriteString("severity", ReportSession.SeverityName(finding.Severity));
        json.WriteString("message", finding.Message);
        json.WriteString("path", finding.Path);
        ReportJson.WriteSource(json, finding);
        json.WriteString("file", file.File);
        json.WriteNumber("line", item.Line);
        json.WriteNumber("column", item.Column);
        json.WriteString("title", finding.Descriptor.Title);
        json.WriteString("helpUri", finding.Descriptor.HelpUri.AbsoluteUri);
        ReportJson.WriteFacts(json, finding);
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartObject("suppression");
            json.WriteString("justification", suppression.Justification);
            ReportJson.WriteSuppressionDetails(json, suppression);
            json.WriteEndObject();
        }

        file.WriteFingerprint(json, "fingerprint", item);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, Counts counts)
    {
        json.WriteNumber("errors", counts.Errors);
        json.WriteNumber("warnings", counts.Warnings);
        json.WriteNumber("infos", counts.Infos);
        json.WriteNumber("suppressed", counts.Suppressed);
    }
}
