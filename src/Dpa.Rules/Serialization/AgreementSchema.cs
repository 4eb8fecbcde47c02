using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Serialization;

/// <summary>Exports the JSON Schema of the agreement format from the source-generated metadata.</summary>
/// <remarks><para>The exporter sees the shape of the model; the value types written by custom converters (text, periods,
/// dates, zones, countries, money, enums) are described here by hand, from the same facts the converters check.</para></remarks>
internal static class AgreementSchema
{
    /// <summary>The single-unit ISO-8601 period pattern accepted by <see cref="ContractualPeriod"/>.</summary>
    public const string PeriodPattern = @"^P(\d+[YMWD]|T\d+H)$";

    public static JsonObject Create()
    {
        var definitions = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => Transform(context, schema, definitions),
        };
        var schema = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(
            AgreementJsonOptions.Writing, typeof(ProcessingAgreement), exporterOptions);

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Dpa.Rules data processing agreement",
            ["description"] = "A GDPR Art. 28 data processing agreement (verwerkersovereenkomst) in the Dpa.Rules JSON format, version "
                + ProcessingAgreement.CurrentFormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + ". An omitted optional property means the agreement does not state the fact; see docs/agreement-format.md.",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        var properties = (JsonObject)root["properties"]!;
        var ordered = new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string", ["description"] = "The address of this schema, for editors; ignored when reading." },
        };
        foreach (var (key, value) in properties.ToList())
        {
            properties.Remove(key);
            ordered[key] = value;
        }

        ordered["formatVersion"] = new JsonObject
        {
            ["type"] = "integer",
            ["const"] = ProcessingAgreement.CurrentFormatVersion,
            ["description"] = "The version of the format; readers reject versions they do not know.",
        };
        root["properties"] = ordered;
        var required = root["required"] as JsonArray ?? [];
        root.Remove("required");
        required.Insert(0, "formatVersion");
        root["required"] = required;
        var defs = new JsonObject();
        foreach (var (name, definition) in definitions)
        {
            defs[name] = definition;
        }

        root["$defs"] = defs;
        return root;
    }

    // The value types are described once under $defs and referenced, which keeps the schema readable.
    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema, SortedDictionary<string, JsonObject> definitions)
    {
        var type = context.TypeInfo.Type;
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && context.TypeInfo.ElementType is { } element
            && schema is JsonObject array && !array.ContainsKey("items") && Reference(element, definitions) is { } items)
        {
            // The exporter leaves out the items of an array whose elements have a custom converter (texts, countries, enums).
            array["items"] = items;
            return array;
        }

        if (type == typeof(ClauseReferences) && context.PropertyInfo is { } clauses)
        {
            return Clauses(clauses);
        }

        var underlying = Nullable.GetUnderlyingType(type);
        var valueType = underlying ?? type;
        if (Reference(valueType, definitions) is not { } reference)
        {
            return schema;
        }

        var nullable = underlying is not null || (context.PropertyInfo is { } property && property.IsSetNullable && !type.IsValueType);
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
    }

    // An object's citations: its own members (or "*" for all) mapped to clause references.
    private static JsonObject Clauses(JsonPropertyInfo clauses)
    {
        var owner = AgreementJsonOptions.Writing.GetTypeInfo(clauses.DeclaringType);
        var names = new JsonArray([(JsonNode)ClauseReferences.WholeObject, .. owner.Properties
            .Where(p => p.PropertyType != typeof(ClauseReferences) && p.PropertyType != typeof(int))
            .Select(p => (JsonNode)p.Name)]);
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The clauses of the contract that this object's facts come from: per member, or '*' for all of them.",
            ["propertyNames"] = new JsonObject { ["enum"] = names },
            ["additionalProperties"] = new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = @"\S" },
            },
        };
    }

    // A reference to the definition of a value type written by a custom converter, or null for other types.
    private static JsonObject? Reference(Type type, SortedDictionary<string, JsonObject> definitions)
    {
        if (Describe(type) is not { } described)
        {
            return null;
        }

        var name = JsonNamingPolicy.CamelCase.ConvertName(type.Name);
        definitions.TryAdd(name, described);
        return new JsonObject { ["$ref"] = "#/$defs/" + name };
    }

    private static JsonObject? Describe(Type type)
    {
        if (type == typeof(TextValue))
        {
            return new JsonObject
            {
                ["description"] = "Stated text, or a blank to fill in recorded as { \"placeholder\": \"[NAAM]\" }.",
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string", ["pattern"] = @"\S" },
                    new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { ["placeholder"] = new JsonObject { ["type"] = "string" } },
                        ["required"] = new JsonArray("placeholder"),
                        ["additionalProperties"] = false,
                    }),
            };
        }

        if (type == typeof(ContractualPeriod))
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = PeriodPattern,
                ["description"] = "An ISO-8601 period of one unit: PT24H, P60D, P2W, P1M, P1Y.",
            };
        }

        if (type == typeof(CountryCode))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]{2}$", ["description"] = "An ISO 3166-1 alpha-2 country code; EL (Greece) and EU (somewhere in the European Union) are accepted too." };
        }

        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "An ISO-8601 date, yyyy-MM-dd." };
        }

        if (type == typeof(DateTimeZone))
        {
            return new JsonObject { ["type"] = "string", ["description"] = "A TZDB time-zone id; Europe/Amsterdam when omitted." };
        }

        if (type == typeof(Money))
        {
            return new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["amount"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                    ["currency"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]{3}$" },
                },
                ["required"] = new JsonArray("amount", "currency"),
                ["additionalProperties"] = false,
            };
        }

        foreach (var converter in AgreementEnums.Converters)
        {
            if (converter is IEnumNames names && names.EnumType == type)
            {
                return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. names.Names.Select(n => (JsonNode)n)]) };
            }
        }

        return null;
    }
}
