using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes a <see cref="ContractualPeriod"/> as an ISO-8601 single-unit duration (<c>P1M</c>, <c>PT24H</c>).</summary>
internal sealed class ContractualPeriodJsonConverter : JsonConverter<ContractualPeriod>
{
    // Longer than any valid period ("PT876600H"): such text is rejected without allocating it.
    private const int MaxLength = 16;

    public override ContractualPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonReadFailure("Expected a period as an ISO-8601 string such as 'P1M', 'P60D', 'P2W', 'P1Y' or 'PT24H'.");
        }

        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            throw new JsonReadFailure("A period must be an ISO-8601 duration such as 'P1M', 'P60D', 'P2W', 'P1Y' or 'PT24H'.");
        }

        Span<char> text = stackalloc char[MaxLength];
        var length = reader.CopyString(text);
        return ContractualPeriod.TryParse(text[..length], out var period, out var reason)
            ? period
            : throw new JsonReadFailure(reason);
    }

    public override void Write(Utf8JsonWriter writer, ContractualPeriod value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
