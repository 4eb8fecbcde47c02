using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dpa.Rules.Serialization;

/// <summary>Reads the agreement's <c>$schema</c>: a string (the address of the JSON Schema, for editors) that is checked and dropped.</summary>
internal sealed class SchemaAddressJsonConverter(string name) : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonFormatFailure(JsonFormatErrorKind.WrongType, JsonExpected.String, name);
        }

        // Read only to check it: the string limit and UTF-8 hold for an ignored value too.
        _ = TextValueJsonConverter.ReadString(ref reader);
        return string.Empty;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        throw new NotSupportedException("'" + name + "' is read and ignored, never written.");
}
