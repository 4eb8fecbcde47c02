using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dpa.Rules.Serialization;

/// <summary>Reads an optional count that must not be negative (a backup tier's number of copies).</summary>
internal sealed class NonNegativeCountJsonConverter : JsonConverter<int?>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var count))
        {
            throw new JsonReadFailure("Expected a whole number.");
        }

        return count >= 0 ? count : throw new JsonReadFailure("A count must not be negative.");
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
