using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes <see cref="TextValue"/>: a stated value is a string, a placeholder is <c>{ "placeholder": "[NAAM]" }</c>.</summary>
internal sealed class TextValueJsonConverter : JsonConverter<TextValue>
{
    private const string Expected = "Expected a string, or an object { \"placeholder\": \"...\" } for a blank to fill in.";

    public override TextValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            return string.IsNullOrWhiteSpace(text)
                ? throw new JsonReadFailure("A stated text must not be empty or white space; write { \"placeholder\": \"\" } for a blank field.")
                : TextValue.Stated(text);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonReadFailure(Expected);
        }

        string? placeholder = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (name != "placeholder")
            {
                throw new JsonReadFailure($"Unknown property '{JsonReadFailure.Name(name)}': a placeholder object has only 'placeholder'.", JsonReadFailure.PropertySegment(name));
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonReadFailure("Expected the placeholder as a string (it may be empty).", ".placeholder");
            }

            placeholder = reader.GetString();
        }

        return placeholder is null
            ? throw new JsonReadFailure("The required property 'placeholder' is missing.")
            : TextValue.Placeholder(placeholder);
    }

    public override void Write(Utf8JsonWriter writer, TextValue value, JsonSerializerOptions options)
    {
        if (value.IsPlaceholder)
        {
            writer.WriteStartObject();
            writer.WriteString("placeholder", value.Text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStringValue(value.Text);
        }
    }
}
