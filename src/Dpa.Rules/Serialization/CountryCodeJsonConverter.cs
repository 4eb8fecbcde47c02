using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes a <see cref="CountryCode"/> as its two-letter string (<c>"NL"</c>).</summary>
internal sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    private const string Reason = "Expected an ISO 3166-1 alpha-2 country code of two upper-case letters, such as 'NL'.";

    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length != 2)
        {
            throw new JsonReadFailure(Reason);
        }

        return CountryCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonReadFailure(Reason);
    }

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
