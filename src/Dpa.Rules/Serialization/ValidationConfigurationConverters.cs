using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Serialization;

/// <summary>Reads a string that must not be empty or white space (a suppression's justification is a recorded decision).</summary>
internal sealed class NonBlankStringJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.Justification);
        }

        var text = reader.GetString()!;
        return string.IsNullOrWhiteSpace(text) ? throw JsonFormatFailure.Invalid(JsonExpected.Justification) : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Reads a rule id such as <c>"DPA4004"</c>.</summary>
internal sealed class RuleIdJsonConverter : JsonConverter<RuleId>
{
    public override RuleId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && RuleId.TryParse(reader.GetString(), out var id)
            ? id
            : throw JsonFormatFailure.Invalid(JsonExpected.RuleId);

    public override void Write(Utf8JsonWriter writer, RuleId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>Reads the culture of messages: <c>"en"</c> (English) or <c>"nl"</c> (Dutch).</summary>
internal sealed class MessageCultureJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && (reader.ValueTextEquals("en"u8) || reader.ValueTextEquals("nl"u8))
            ? reader.GetString()!
            : throw new JsonFormatFailure(JsonFormatErrorKind.NotOneOf, "en", "nl");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Reads an object of severity overrides: keys parsed by the subclass, values <c>none</c>, <c>info</c>, <c>warning</c>, <c>error</c>.</summary>
internal abstract class SeverityMapJsonConverter<TKey, TMap> : JsonConverter<TMap>
    where TKey : notnull
{
    private static readonly (string Name, RuleSeverity Value)[] Severities =
        [("none", RuleSeverity.None), ("info", RuleSeverity.Info), ("warning", RuleSeverity.Warning), ("error", RuleSeverity.Error)];

    public override TMap Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.Object);
        }

        var builder = ImmutableDictionary.CreateBuilder<TKey, RuleSeverity>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var segment = JsonPaths.Member(name);
            if (!TryParseKey(name, out var key))
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.InvalidPropertyName, [name, KeyExpected, .. KeysAllowed], segment);
            }

            // Keys are matched ignoring case, so two names can be the same key.
            if (builder.ContainsKey(key))
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.DuplicateProperty, [name], segment);
            }

            reader.Read();
            builder[key] = ReadSeverity(ref reader, segment);
        }

        return Create(builder.ToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, TMap value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Configuration files are read, not written.");

    /// <summary>Gets the form of a key (<see cref="JsonExpected"/>).</summary>
    protected abstract string KeyExpected { get; }

    /// <summary>Gets the keys allowed, when they are few enough to list.</summary>
    protected virtual IReadOnlyList<string> KeysAllowed => [];

    protected abstract bool TryParseKey(string name, out TKey key);

    protected abstract TMap Create(ImmutableDictionary<TKey, RuleSeverity> items);

    private static RuleSeverity ReadSeverity(ref Utf8JsonReader reader, string segment)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            foreach (var (name, value) in Severities)
            {
                if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }
        }

        throw new JsonFormatFailure(
            reader.TokenType == JsonTokenType.String ? JsonFormatErrorKind.InvalidValue : JsonFormatErrorKind.WrongType, [JsonExpected.Severity], segment);
    }
}

/// <summary>Reads <c>severities</c>: rule id to severity.</summary>
internal sealed class RuleSeverityMapJsonConverter : SeverityMapJsonConverter<RuleId, RuleSeverityOverrides>
{
    protected override string KeyExpected => JsonExpected.RuleId;

    protected override bool TryParseKey(string name, out RuleId key) => RuleId.TryParse(name, out key);

    protected override RuleSeverityOverrides Create(ImmutableDictionary<RuleId, RuleSeverity> items) => new(items);
}

/// <summary>Reads <c>categories</c>: category name (camelCase, as <c>dpa-rules rules</c> lists them in any case) to severity.</summary>
internal sealed class CategorySeverityMapJsonConverter : SeverityMapJsonConverter<RuleCategory, CategorySeverityOverrides>
{
    private static readonly string[] CategoryNames = [.. Enum.GetNames<RuleCategory>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    protected override string KeyExpected => JsonExpected.RuleCategory;

    protected override IReadOnlyList<string> KeysAllowed => CategoryNames;

    protected override bool TryParseKey(string name, out RuleCategory key)
    {
        foreach (var category in Enum.GetValues<RuleCategory>())
        {
            if (string.Equals(name, category.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                key = category;
                return true;
            }
        }

        key = default;
        return false;
    }

    protected override CategorySeverityOverrides Create(ImmutableDictionary<RuleCategory, RuleSeverity> items) => new(items);
}
