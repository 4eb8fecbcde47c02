using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes a <see cref="CountryCode"/> as its two-letter string (<c>"NL"</c>).</summary>
internal sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.CountryCode);
        }

        return !reader.HasValueSequence && reader.ValueSpan.Length == 2 && CountryCode.TryParse(reader.GetString(), out var code)
            ? code
            : throw JsonFormatFailure.Invalid(JsonExpected.CountryCode);
    }

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
