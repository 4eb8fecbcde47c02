using System.Text.Encodings.Web;
using System.Text.Json;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using NodaTime.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Pieces the JSON and SARIF reports share: writer options, facts, suppressions and the Art. 28 summary.</summary>
internal static class ReportJson
{
    // Reports are files and pipes, never HTML: keep quotes, accents and '+' readable instead of \u-escaping them.
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static void WriteFacts(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject("facts");
        foreach (var fact in finding.Facts)
        {
            json.WriteString(fact.Name, fact.Value);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes where the judged facts come from: <c>"clauses": [...]</c> and <c>"factStated"</c> (absent for
    /// findings about no single fact), and the <c>"relatedPaths"</c> of the other facts judged.</summary>
    public static void WriteSource(Utf8JsonWriter json, Finding finding)
    {
        var source = finding.Source;
        if (source.FactStated is { } stated)
        {
            json.WriteBoolean("factStated", stated);
        }

        json.WriteStartArray("clauses");
        foreach (var clause in source.Clauses)
        {
            json.WriteStringValue(clause);
        }

        json.WriteEndArray();
        if (!source.RelatedPaths.IsEmpty)
        {
            json.WriteStartArray("relatedPaths");
            foreach (var path in source.RelatedPaths)
            {
                json.WriteStringValue(path);
            }

            json.WriteEndArray();
        }
    }

    public static void WriteSuppressionDetails(Utf8JsonWriter json, Suppression suppression)
    {
        if (suppression.Approver is { } approver)
        {
            json.WriteString("approver", approver);
        }

        if (suppression.ExpiresOn is { } expiry)
        {
            json.WriteString("expiresOn", LocalDatePattern.Iso.Format(expiry));
        }
    }

    /// <summary>Writes <c>"art28": { "elements": [...], "files": [...] }</c>: the checklist with per-element counts over the
    /// loaded files, then each loaded file's status per element.</summary>
    public static void WriteArt28(Utf8JsonWriter json, ReportSession session, IReadOnlyList<FileSummary> files, Action afterEachFile)
    {
        json.WriteStartObject("art28");
        json.WriteStartArray("elements");
        Span<int> counts = stackalloc int[4];
        for (var i = 0; i < Art28Checklist.Elements.Length; i++)
        {
            var element = Art28Checklist.Elements[i];
            json.WriteStartObject();
            json.WriteString("id", element.Id);
            json.WriteString("title", element.Title);
            json.WriteString("citation", element.Citation);
            json.WriteStartArray("ruleIds");
            foreach (var id in session.Art28RuleIds[i])
            {
                json.WriteStringValue(id.ToString());
            }

            json.WriteEndArray();
            counts.Clear();
            foreach (var file in files)
            {
                if (file.IsLoaded)
                {
                    counts[(int)file.Coverage(i)]++;
                }
            }

            foreach (var coverage in (ReadOnlySpan<Art28Coverage>)[Art28Coverage.Covered, Art28Coverage.Gap, Art28Coverage.NotApplicable, Art28Coverage.NotChecked])
            {
                json.WriteNumber(ReportSession.CoverageName(coverage), counts[(int)coverage]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var file in files)
        {
            if (!file.IsLoaded)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("file", file.File);
            json.WriteStartArray("elements");
            for (var i = 0; i < Art28Checklist.Elements.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", Art28Checklist.Elements[i].Id);
                json.WriteString("status", ReportSession.CoverageName(file.Coverage(i)));
                json.WriteStartArray("gapRuleIds");
                foreach (var id in file.GapRuleIds(i))
                {
                    json.WriteStringValue(id.ToString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            afterEachFile();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
