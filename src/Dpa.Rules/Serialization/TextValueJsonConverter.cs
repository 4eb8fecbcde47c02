using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes <see cref="TextValue"/>: a stated value is a string, a placeholder is <c>{ "placeholder": "[NAAM]" }</c>.</summary>
/// <remarks><para>Text is where long strings live, so this converter enforces the string limit that System.Text.Json does not.</para></remarks>
internal sealed class TextValueJsonConverter : JsonConverter<TextValue>
{
    private const string PlaceholderName = "placeholder";

    public override TextValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = ReadString(ref reader);
            return string.IsNullOrWhiteSpace(text) ? throw JsonFormatFailure.Invalid(JsonExpected.Text) : TextValue.Stated(text);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonFormatFailure.WrongType(JsonExpected.Text);
        }

        string? placeholder = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals(PlaceholderName))
            {
                var name = reader.GetString()!;
                throw new JsonFormatFailure(JsonFormatErrorKind.UnknownProperty, [name, PlaceholderName], JsonPaths.Member(name));
            }

            var segment = JsonPaths.Member(PlaceholderName);
            if (placeholder is not null)
            {
                throw new JsonFormatFailure(JsonFormatErrorKind.DuplicateProperty, [PlaceholderName], segment);
            }

            reader.Read();
            placeholder = reader.TokenType == JsonTokenType.String
                ? ReadString(ref reader)
                : throw new JsonFormatFailure(JsonFormatErrorKind.WrongType, [JsonExpected.Placeholder], segment);
        }

        return placeholder is null
            ? throw new JsonFormatFailure(JsonFormatErrorKind.MissingProperty, PlaceholderName)
            : TextValue.Placeholder(placeholder);
    }

    public override void Write(Utf8JsonWriter writer, TextValue value, JsonSerializerOptions options)
    {
        if (value.IsPlaceholder)
        {
            writer.WriteStartObject();
            writer.WriteString(PlaceholderName, value.Text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }

    /// <summary>Reads a string within the format's limit (<see cref="AgreementJsonOptions.MaxStringBytes"/>, as written).</summary>
    internal static string ReadString(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        return length > AgreementJsonOptions.MaxStringBytes
            ? throw new JsonFormatFailure(JsonFormatErrorKind.StringTooLong, AgreementJsonOptions.MaxStringKiB)
            : reader.GetString()!;
    }
}
