using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes <see cref="Money"/> as <c>{ "amount": 15000, "currency": "EUR" }</c>.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonReadFailure("Expected an amount of money as an object { \"amount\": 15000, \"currency\": \"EUR\" }.");
        }

        decimal? amount = null;
        string? currency = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "amount":
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
                    {
                        throw new JsonReadFailure("Expected the amount as a number.", ".amount");
                    }

                    amount = value >= 0 ? value : throw new JsonReadFailure("An amount must not be negative.", ".amount");
                    break;
                case "currency":
                    currency = reader.TokenType == JsonTokenType.String
                        && reader.GetString() is { Length: 3 } code && code.All(char.IsAsciiLetterUpper)
                        ? code
                        : throw new JsonReadFailure("Expected an ISO 4217 currency code of three upper-case letters, such as 'EUR'.", ".currency");
                    break;
                default:
                    throw new JsonReadFailure($"Unknown property '{JsonReadFailure.Name(name)}': money has only 'amount' and 'currency'.", JsonReadFailure.PropertySegment(name));
            }
        }

        return (amount, currency) switch
        {
            (null, _) => throw new JsonReadFailure("The required property 'amount' is missing."),
            (_, null) => throw new JsonReadFailure("The required property 'currency' is missing."),
            ({ } a, { } c) => new Money(a, c),
        };
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency);
        writer.WriteEndObject();
    }
}
