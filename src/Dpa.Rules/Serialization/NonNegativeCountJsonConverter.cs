using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dpa.Rules.Serialization;

/// <summary>Reads an optional count that must not be negative (a backup tier's number of copies).</summary>
/// <remarks><para>The model's init accessor rejects a negative count too, but without a path; this converter rejects it where
/// it is.</para></remarks>
internal sealed class NonNegativeCountJsonConverter : JsonConverter<int?>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var count))
        {
            throw JsonFormatFailure.WrongType(JsonExpected.Count);
        }

        return count >= 0 ? count : throw JsonFormatFailure.Invalid(JsonExpected.Count);
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } count)
        {
            writer.WriteNumberValue(count);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
