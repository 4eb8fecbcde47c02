using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes a <see cref="DateTimeZone"/> as its TZDB id (<c>"Europe/Amsterdam"</c>).</summary>
/// <remarks><para>Only ids of the TZDB data bundled with NodaTime are accepted; an unknown id is an error rather than a silent
/// fallback, because every deadline depends on the zone.</para></remarks>
internal sealed class TimeZoneJsonConverter : JsonConverter<DateTimeZone>
{
    private const string Reason = "Expected a TZDB time-zone id such as 'Europe/Amsterdam'.";

    public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonReadFailure(Reason);
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(reader.GetString()!)
            ?? throw new JsonReadFailure("Unknown time-zone id; " + char.ToLowerInvariant(Reason[0]) + Reason[1..]);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Id);
}
