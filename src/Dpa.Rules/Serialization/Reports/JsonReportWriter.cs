using System.Text.Json;
using NodaTime.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes the JSON report (<c>docs/report-format.md</c>) with <see cref="Utf8JsonWriter"/>, member by member.</summary>
internal static class JsonReportWriter
{
    public static void Write(ReportContent content, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteString("name", ReportContent.ToolName);
        json.WriteString("version", content.Options.ToolVersion);
        json.WriteEndObject();
        json.WriteString("asOf", LocalDatePattern.Iso.Format(content.Run.AsOf));

        json.WriteStartArray("findings");
        foreach (var file in content.Files)
        {
            foreach (var item in file.Findings)
            {
                var finding = item.Finding;
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId.ToString());
                json.WriteString("severity", ReportContent.SeverityName(finding.Severity));
                json.WriteString("message", finding.Message);
                json.WriteString("path", finding.Path);
                ReportJson.WriteSource(json, finding);
                json.WriteString("file", file.File);
                json.WriteNumber("line", item.Line);
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

                json.WriteString("fingerprint", item.Fingerprint);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("files");
        foreach (var file in content.Files)
        {
            json.WriteStartObject();
            json.WriteString("file", file.File);
            json.WriteString("status", file.Result.IsLoaded ? "validated" : "loadError");
            if (file.Result.LoadError is { } error)
            {
                json.WriteStartObject("error");
                json.WriteString("message", error.Reason);
                json.WriteString("path", error.Path);
                json.WriteNumber("line", error.LineNumber);
                json.WriteEndObject();
            }

            WriteCounts(json, file.Counts);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("summary");
        json.WriteNumber("files", content.Files.Length);
        json.WriteNumber("notLoaded", content.NotLoaded);
        WriteCounts(json, content.Totals);
        json.WriteEndObject();

        ReportJson.WriteArt28(json, content);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, ReportContent.Counts counts)
    {
        json.WriteNumber("errors", counts.Errors);
        json.WriteNumber("warnings", counts.Warnings);
        json.WriteNumber("infos", counts.Infos);
        json.WriteNumber("suppressed", counts.Suppressed);
    }
}
