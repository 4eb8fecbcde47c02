using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Dpa.Rules.Serialization;

/// <summary>Reads a model type whose omitted members have non-empty defaults (a section, the default time zone).</summary>
/// <remarks>
/// <para>Source-generated metadata builds init-only members through one object initializer that assigns every member,
/// present or not, so an omitted section would arrive as <see langword="null"/> and break the model's invariant. This
/// converter reads the members named by the same generated metadata one by one and lets <see cref="Create"/> apply the
/// model's defaults to the ones that were left out. Writing uses the generated metadata unchanged.</para>
/// </remarks>
internal abstract class SectionJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private Dictionary<string, JsonPropertyInfo>? _properties;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonReadFailure("Expected an object.");
        }

        var properties = _properties ??= AgreementJsonOptions.Writing.GetTypeInfo(typeof(T)).Properties
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        var values = new SectionValues();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var segment = JsonReadFailure.PropertySegment(name);
            reader.Read();
            if (ReadExtra(ref reader, name))
            {
                continue;
            }

            if (!properties.TryGetValue(name, out var property))
            {
                throw new JsonReadFailure($"Unknown property '{JsonReadFailure.Name(name)}'.", segment);
            }

            if (reader.TokenType == JsonTokenType.Null && !property.IsSetNullable)
            {
                throw new JsonReadFailure(
                    property.IsRequired || IsRequired(name)
                        ? $"'{name}' must not be null."
                        : $"'{name}' must not be null; leave it out when the agreement does not state it.",
                    segment);
            }

            var container = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
            try
            {
                values.Set(name, JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(property.PropertyType)));
            }
            catch (JsonException ex)
            {
                throw JsonReadFailure.Nest(ex, segment, container);
            }
        }

        foreach (var property in properties.Values)
        {
            if ((property.IsRequired || IsRequired(property.Name)) && !values.Contains(property.Name))
            {
                throw new JsonReadFailure($"The required property '{property.Name}' is missing.");
            }
        }

        try
        {
            return Create(values);
        }
        catch (ArgumentException ex)
        {
            throw new JsonReadFailure("The values break a rule of the model: " + ex.Message);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)AgreementJsonOptions.Writing.GetTypeInfo(typeof(T)));

    /// <summary>Builds the value from the members read, applying the model's defaults to the omitted ones.</summary>
    protected abstract T Create(SectionValues values);

    /// <summary>Reads a member the model does not have but the format allows (the root's <c>$schema</c>).</summary>
    /// <returns><see langword="true"/> when the member was consumed.</returns>
    protected virtual bool ReadExtra(ref Utf8JsonReader reader, string name) => false;

    /// <summary>Gets whether the format requires a member the model gives a default to.</summary>
    protected virtual bool IsRequired(string name) => false;
}

/// <summary>The members of one JSON object as read, by JSON name.</summary>
internal sealed class SectionValues
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public void Set(string name, object? value) => _values[name] = value;

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>Gets the member, or the default of <typeparamref name="TValue"/> (not stated, empty array) when it was omitted.</summary>
    public TValue? Get<TValue>(string name) => _values.TryGetValue(name, out var value) && value is not null ? (TValue)value : default;
}
