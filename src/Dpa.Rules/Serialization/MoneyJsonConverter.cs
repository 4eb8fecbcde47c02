using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes <see cref="Money"/> as <c>{ "amount": 15000, "currency": "EUR" }</c>.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const string AmountName = "amount";
    private const string CurrencyName = "currency";

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.Money);
        }

        decimal? amount = null;
        string? currency = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isAmount = reader.ValueTextEquals(AmountName);
            if (!isAmount && !reader.ValueTextEquals(CurrencyName))
            {
                var name = reader.GetString()!;
                throw new JsonFormatFailure(JsonFormatErrorKind.UnknownProperty, [name, AmountName, CurrencyName], JsonPaths.Member(name));
            }

            var segment = JsonPaths.Member(isAmount ? AmountName : CurrencyName);
            if (isAmount ? amount is not null : currency is not null)
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.DuplicateProperty, [isAmount ? AmountName : CurrencyName], segment);
            }

            reader.Read();
            if (isAmount)
            {
                if (reader.TokenType != JsonTokenType.Number)
                {
                    throw new JsonFormatFailure(JsonFormatErrorKind.WrongType, [JsonExpected.Amount], segment);
                }

                // A number, but beyond decimal's range (1e30): say so, rather than "expected a number".
                if (!reader.TryGetDecimal(out var value))
                {
                    throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, [JsonExpected.Amount, "tooLarge"], segment);
                }

                amount = value >= 0 ? value : throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, [JsonExpected.Amount], segment);
            }
            else
            {
                currency = reader.TokenType == JsonTokenType.String
                    && !reader.HasValueSequence && reader.ValueSpan.Length == 3
                    && reader.GetString() is { Length: 3 } code && code.All(char.IsAsciiLetterUpper)
                    ? code
                    : throw new JsonFormatFailure(
                        reader.TokenType == JsonTokenType.String ? JsonFormatErrorKind.InvalidValue : JsonFormatErrorKind.WrongType,
                        [JsonExpected.CurrencyCode],
                        segment);
            }
        }

        return (amount, currency) switch
        {
            (null, _) => throw new JsonFormatFailure(JsonFormatErrorKind.MissingProperty, AmountName),
            (_, null) => throw new JsonFormatFailure(JsonFormatErrorKind.MissingProperty, CurrencyName),
            ({ } a, { } c) => new Money(a, c),
        };
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(AmountName, value.Amount);
        writer.WriteString(CurrencyName, value.Currency);
        writer.WriteEndObject();
    }
}
