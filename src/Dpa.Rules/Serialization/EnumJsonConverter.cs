using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dpa.Rules.Serialization;

/// <summary>Reads and writes an enum as one of a fixed set of names; numbers and unknown names are errors.</summary>
/// <remarks><para>Unlike <see cref="JsonStringEnumConverter{TEnum}"/> this never accepts integers (which would let an undefined
/// value reach the model) and says which names are allowed. It needs no reflection over attributes, so it stays trim-safe.</para></remarks>
internal sealed class EnumJsonConverter<TEnum> : JsonConverter<TEnum>, IEnumNames
    where TEnum : struct, Enum
{
    private readonly TEnum[] _values;
    private readonly string[] _names;
    private readonly byte[][] _utf8Names;

    public EnumJsonConverter(Func<TEnum, string>? nameOf = null)
    {
        _values = Enum.GetValues<TEnum>();
        _names = Array.ConvertAll(_values, v => nameOf?.Invoke(v) ?? JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));
        _utf8Names = Array.ConvertAll(_names, System.Text.Encoding.UTF8.GetBytes);
    }

    public Type EnumType => typeof(TEnum);

    public ImmutableArray<string> Names => [.. _names];

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            // Names are ASCII: unescaped text is compared as it is, without the reader's unescaping comparison.
            var escaped = reader.ValueIsEscaped || reader.HasValueSequence;
            for (var i = 0; i < _utf8Names.Length; i++)
            {
                if (escaped ? reader.ValueTextEquals(_utf8Names[i]) : reader.ValueSpan.SequenceEqual(_utf8Names[i]))
                {
                    return _values[i];
                }
            }
        }

        throw new JsonFormatFailure(JsonFormatErrorKind.NotOneOf, [.. _names]);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var index = Array.IndexOf(_values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(_names[index]);
    }
}

/// <summary>The JSON names of an enum, for the schema exporter.</summary>
internal interface IEnumNames
{
    Type EnumType { get; }

    ImmutableArray<string> Names { get; }
}
