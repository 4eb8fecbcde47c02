using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO-8601 calendar date (<c>"2025-09-04"</c>) with <see cref="LocalDatePattern.Iso"/>.</summary>
/// <remarks><para>NodaTime.Serialization's <c>NodaPatternConverter</c> throws NodaTime's own exceptions, which System.Text.Json
/// does not attach a path to; this converter uses the same pattern but reports through the reader's path.</para></remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private const string Expected = "Expected a date as an ISO-8601 string 'yyyy-MM-dd', such as '2025-09-04'.";

    // "-99999-12-31" is the longest text the ISO pattern can accept.
    private const int MaxLength = 16;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            throw new JsonReadFailure(Expected);
        }

        var result = LocalDatePattern.Iso.Parse(reader.GetString()!);
        if (result.Success)
        {
            return result.Value;
        }

        // NodaTime's message says what is wrong ("The day 30 is out of range in month 2 of year 2025.") and then quotes the text.
        var message = result.Exception.Message;
        var quote = message.IndexOf(" Value being parsed", StringComparison.Ordinal);
        throw new JsonReadFailure("Not a valid date: " + (quote > 0 ? message[..quote] : Expected));
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
