using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes a <see cref="DateTimeZone"/> as its TZDB id (<c>"Europe/Amsterdam"</c>).</summary>
/// <remarks><para>Only ids of the TZDB data bundled with NodaTime are accepted; an unknown id is an error rather than a silent
/// fallback, because every deadline depends on the zone.</para></remarks>
internal sealed class TimeZoneJsonConverter : JsonConverter<DateTimeZone>
{
    // Longer than any TZDB id ("America/Argentina/ComodRivadavia" is 32): such text is rejected without allocating it.
    private const int MaxLength = 64;

    public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.TimeZone);
        }

        return !reader.HasValueSequence && reader.ValueSpan.Length <= MaxLength
            && DateTimeZoneProviders.Tzdb.GetZoneOrNull(reader.GetString()!) is { } zone
            ? zone
            : throw JsonFormatFailure.Invalid(JsonExpected.TimeZone);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Id);
}
