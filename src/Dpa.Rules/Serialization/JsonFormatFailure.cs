using System.Collections.Immutable;
using System.Text.Json;

namespace Dpa.Rules.Serialization;

/// <summary>A value converter's typed error: what is wrong (kind and arguments), and where below the value it was found.</summary>
/// <remarks><para>It is a <see cref="JsonException"/> so that System.Text.Json fills in the reader's position on its way out;
/// its message is the English reason, for debugging only: readers report <see cref="Kind"/> and <see cref="Arguments"/>.</para></remarks>
internal sealed class JsonFormatFailure : JsonException
{
    public JsonFormatFailure(JsonFormatErrorKind kind, params ImmutableArray<string> arguments)
        : this(kind, arguments, string.Empty)
    {
    }

    public JsonFormatFailure(JsonFormatErrorKind kind, ImmutableArray<string> arguments, string relativePath)
        : base(JsonFormatErrorText.Render(kind, arguments))
    {
        Kind = kind;
        Arguments = arguments;
        RelativePath = relativePath;
    }

    public JsonFormatErrorKind Kind { get; }

    public ImmutableArray<string> Arguments { get; }

    /// <summary>Gets the path below the converted value, such as <c>.amount</c>; empty for the value itself.</summary>
    public string RelativePath { get; }

    /// <summary>Gets a failure for a value of the wrong JSON type.</summary>
    public static JsonFormatFailure WrongType(string expected) => new(JsonFormatErrorKind.WrongType, expected);

    /// <summary>Gets a failure for a value of the right JSON type that is not a value of its form.</summary>
    public static JsonFormatFailure Invalid(string expected) => new(JsonFormatErrorKind.InvalidValue, expected);
}
