using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Dpa.Rules.Serialization;

/// <summary>Reads an array of objects, rejecting <c>null</c> elements with the element's index.</summary>
/// <remarks><para>System.Text.Json does not apply nullable annotations to collection elements; without this converter a
/// <c>null</c> element would reach the model's constructor check, which cannot say where in the file it was.</para></remarks>
internal sealed class NonNullArrayJsonConverter<T> : JsonConverter<ImmutableArray<T>>
    where T : class
{
    public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonReadFailure("Expected an array.");
        }

        var elementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var segment = "[" + builder.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonReadFailure("An element of this array must not be null.", segment);
            }

            var container = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
            try
            {
                builder.Add(JsonSerializer.Deserialize(ref reader, elementInfo)!);
            }
            catch (JsonException ex)
            {
                throw JsonReadFailure.Nest(ex, segment, container);
            }
        }

        return builder.DrainToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        var elementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, elementInfo);
        }

        writer.WriteEndArray();
    }
}
