using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO-8601 calendar date (<c>"2025-09-04"</c>), the text of
/// <see cref="LocalDatePattern.Iso"/>.</summary>
/// <remarks><para>Reading checks the shape and the ranges itself, so that an error says which part is wrong as data (the year,
/// month and day) rather than as NodaTime's message.</para></remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    // "-9998-12-31" is the longest date; a little more leaves room for an escaped character.
    private const int MaxLength = 16;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.Date);
        }

        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            throw JsonFormatFailure.Invalid(JsonExpected.Date);
        }

        Span<byte> text = stackalloc byte[MaxLength];
        var length = reader.ValueIsEscaped ? reader.CopyString(text) : Copy(reader.ValueSpan, text);
        return Parse(text[..length]);
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));

    /// <summary>Parses <c>yyyy-MM-dd</c> (a year below 1 with a leading minus, as the ISO pattern writes it).</summary>
    private static LocalDate Parse(ReadOnlySpan<byte> text)
    {
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var date = negative ? text[1..] : text;
        if (date.Length != 10 || date[4] != (byte)'-' || date[7] != (byte)'-'
            || !TryDigits(date[..4], out var year) || !TryDigits(date[5..7], out var month) || !TryDigits(date[8..], out var day))
        {
            throw JsonFormatFailure.Invalid(JsonExpected.Date);
        }

        var calendar = CalendarSystem.Iso;
        year = negative ? -year : year;
        if (year < calendar.MinYear || year > calendar.MaxYear)
        {
            throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, JsonExpected.Date, Text(year));
        }

        if (month is < 1 or > 12)
        {
            throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, JsonExpected.Date, Text(year), Text(month));
        }

        if (day < 1 || day > calendar.GetDaysInMonth(year, month))
        {
            throw new JsonFormatFailure(JsonFormatErrorKind.InvalidValue, JsonExpected.Date, Text(year), Text(month), Text(day));
        }

        return new LocalDate(year, month, day);
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
