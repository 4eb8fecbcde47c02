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
            throw JsonFormatFailure.WrongType(JsonExpected.Period);
        }

        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            throw JsonFormatFailure.Invalid(JsonExpected.Period);
        }

        Span<char> text = stackalloc char[MaxLength];
        var length = reader.CopyString(text);

        // The period's own parser says which of its rules the text breaks.
        return ContractualPeriod.TryParse(text[..length], out var period, out var reason)
            ? period
            : throw new JsonFormatFailure(JsonFormatErrorKind.ModelRule, reason);
    }

    public override void Write(Utf8JsonWriter writer, ContractualPeriod value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
