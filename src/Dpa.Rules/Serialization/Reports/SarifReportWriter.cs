using System.Text;
using System.Text.Json;
using Dpa.Rules.Authoring;
using NodaTime.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes SARIF 2.1.0 with one run: every rule's metadata, one result per finding (suppressed ones with their
/// suppression) as each file comes, then files that did not load or could not be read as tool notifications, and the Art. 28
/// summary in the run's properties.</summary>
/// <remarks><para>Shaped for GitHub code scanning: <c>partialFingerprints</c>, a repository-relative <c>artifactLocation.uri</c>
/// and <c>region.startLine</c> ≥ 1 on every result; the model path goes in <c>logicalLocations</c> too.</para></remarks>
internal sealed class SarifReportWriter(ReportSession session) : JsonSectionedFormatter(session)
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public const string FingerprintKey = "dpaRules/v1";

    public override void Begin(ReportSink sink)
    {
        var json = Json;
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ReportSession.ToolName);
        json.WriteString("version", Session.Options.ToolVersion);
        json.WriteString("informationUri", ReportSession.InformationUri.AbsoluteUri);
        json.WriteStartArray("rules");
        foreach (var rule in Session.Rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        Drain(sink);
    }

    public override void End(ReportSink sink, IReadOnlyList<FileSummary> files, Counts totals)
    {
        var json = Json;
        json.WriteEndArray();
        WriteInvocation(json, files, () => DrainIfLarge(sink));
        json.WriteStartObject("properties");
        json.WriteString("asOf", LocalDatePattern.Iso.Format(Session.AsOf));
        ReportJson.WriteArt28(json, Session, files, () => DrainIfLarge(sink));
        json.WriteEndObject();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        Finish(sink);
    }

    protected override void OpenStandIn(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartArray("results");
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id.ToString());
        json.WriteString("name", rule.Name.EndsWith("Rule", StringComparison.Ordinal) ? rule.Name[..^4] : rule.Name);
        WriteText(json, "shortDescription", rule.Title);
        WriteText(json, "fullDescription", rule.Description);

        var legal = string.Join("; ", rule.LegalReferences.Select(r => r.ToString()));
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Description}\n\nLegal basis: {legal}.\n\nDocumentation: {rule.HelpUri.AbsoluteUri}");
        var markdown = new StringBuilder(rule.Description).Append("\n\n**Legal basis:** ")
            .AppendJoin("; ", rule.LegalReferences.Select(r => $"[{r}]({r.Uri.AbsoluteUri})"))
            .Append(System.Globalization.CultureInfo.InvariantCulture, $".\n\n[Documentation]({rule.HelpUri.AbsoluteUri})");
        json.WriteString("markdown", markdown.ToString());
        json.WriteEndObject();

        json.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category.ToString());
        json.WriteStartArray("legalReferences");
        foreach (var reference in rule.LegalReferences)
        {
            json.WriteStartObject();
            json.WriteString("citation", reference.ToString());
            json.WriteString("uri", reference.Uri.AbsoluteUri);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tags");
        json.WriteStringValue("gdpr");
        json.WriteStringValue("compliance");
        json.WriteStringValue(rule.Category.ToString());
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<FileSummary> files, Action afterEachFile)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", files.All(file => file.IsLoaded));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var file in files)
        {
            if (file.ErrorMessage is not { } message)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteText(json, "message", $"{file.File}: {message}");
            json.WriteStartArray("locations");
            if (file.ErrorPath is { } path)
            {
                WriteLocation(json, file.Uri, (int)Math.Clamp(file.ErrorLine, 1, int.MaxValue), (int)Math.Clamp(file.ErrorColumn, 1, int.MaxValue), path);
            }
            else
            {
                // Not read at all: the file is all there is to point at.
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", file.Uri);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            afterEachFile();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    protected override void WriteItem(Utf8JsonWriter json, FileSection file, FindingContent item)
    {
        var finding = item.Finding;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId.ToString());
        if (Session.RuleIndex.TryGetValue(finding.RuleId, out var ruleIndex))
        {
            // A rule the report was not told of up front has no entry in tool.driver.rules to point at.
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(finding.Severity));
        WriteText(json, "message", finding.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, file.Uri, item.Line, item.Column, finding.Path);
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        file.WriteFingerprint(json, FingerprintKey, item);
        json.WriteEndObject();
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", suppression.Justification);
            if (suppression.Approver is not null || suppression.ExpiresOn is not null)
            {
                json.WriteStartObject("properties");
                ReportJson.WriteSuppressionDetails(json, suppression);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("path", finding.Path);
        ReportJson.WriteSource(json, finding);
        ReportJson.WriteFacts(json, finding);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string uri, int line, int column, string path)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", path);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };
}
