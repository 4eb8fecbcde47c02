using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Dpa.Rules.Tests.Serialization.Reports;

/// <summary>The official SARIF 2.1.0 schema (OASIS sarif-spec, <c>Schemata/sarif-schema-2.1.0.json</c>), shipped unchanged in
/// <c>Serialization/Schemas</c> and copied to the test output.</summary>
/// <remarks>
/// <para>The schema is draft-04; JsonSchema.Net 8 implements draft-06 and later only (it has no draft-04 dialect). It is
/// evaluated with draft-06 semantics after two in-memory edits at the root: <c>$schema</c> names draft-06, and the draft-04
/// <c>id</c> keyword is removed. Renaming it to <c>$id</c> was tried first: JsonSchema.Net 8.0.5 then fails to build the schema
/// ("Overwriting registered schemas is not permitted", with a fresh registry too). The id only sets the base URI, and every
/// <c>$ref</c> in the schema is a local <c>#/definitions/…</c> pointer (checked below), so dropping it changes no result.
/// Nothing else differs between draft-04 and draft-06 for this schema: it has no boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>,
/// and properties named <c>id</c> inside <c>properties</c> are left alone. Formats (<c>uri</c>, <c>uri-reference</c>,
/// <c>date-time</c>) are asserted, not just annotated.</para>
/// </remarks>
internal static class SarifSchema
{
    public static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "Serialization", "Schemas", "sarif-schema-2.1.0.json");

    private static readonly Lazy<JsonSchema> Schema = new(Build);

    public static EvaluationResults Evaluate(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    public static string Describe(EvaluationResults results) => string.Join(
        "\n",
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static JsonSchema Build()
    {
        var root = JsonNode.Parse(File.ReadAllText(FilePath))!.AsObject();
        root["$schema"] = "http://json-schema.org/draft-06/schema#";
        Assert.True(root.Remove("id"), "The draft-04 schema has a root 'id'.");
        var text = root.ToJsonString();
        Assert.DoesNotMatch("\"\\$ref\":\"(?!#/definitions/)", text);
        return JsonSchema.FromText(text);
    }
}
