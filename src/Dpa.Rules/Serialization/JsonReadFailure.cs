using System.Text.Json;

namespace Dpa.Rules.Serialization;

/// <summary>A reading error with a plain-English reason, raised by the agreement converters.</summary>
/// <remarks>
/// <para>System.Text.Json fills in <see cref="JsonException.Path"/> and the line of a <see cref="JsonException"/> thrown from a
/// converter, but only the path it tracks itself. Converters that read nested values themselves (sections, arrays, money) add
/// the part of the path below that point as <see cref="RelativePath"/>, so the final error names the exact member.</para>
/// </remarks>
internal sealed class JsonReadFailure : JsonException
{
    public JsonReadFailure(string? reason, string relativePath = "", JsonException? original = null, long lineOffset = 0, long column = 0, bool columnIsRelative = false)
        : base(reason ?? original?.Message ?? "The JSON value is not valid here.", original)
    {
        Reason = reason;
        RelativePath = relativePath;
        Original = original;
        LineOffset = lineOffset;
        Column = column;
        ColumnIsRelative = columnIsRelative;
    }

    /// <summary>Gets how many lines below the line System.Text.Json records the error is.</summary>
    /// <remarks><para>A converter that deserializes a nested value gets its errors in the coordinates of a reader scoped to that
    /// value (line 0 is the value's first line); the serializer then records the outer reader's position, which is the start of
    /// the value. The offset restores the real line.</para></remarks>
    public long LineOffset { get; }

    /// <summary>Gets the 0-based byte position in the line when <see cref="LineOffset"/> is not zero, or the position
    /// relative to the start of the nested object or array when <see cref="ColumnIsRelative"/>.</summary>
    public long Column { get; }

    /// <summary>Gets whether <see cref="Column"/> counts from the opening bracket of the nested value on the recorded line.</summary>
    public bool ColumnIsRelative { get; }

    /// <summary>Gets the 0-based line of the error, in the coordinates of the reader that recorded <see cref="JsonException.LineNumber"/>.</summary>
    public static long LineOf(JsonException ex) => (ex.LineNumber ?? 0) + (ex is JsonReadFailure f ? f.LineOffset : 0);

    /// <summary>Gets the 0-based byte position of the error in its line.</summary>
    /// <remarks><para>The serializer records the position just after the nested value's opening bracket; a column relative to
    /// that bracket is added to it.</para></remarks>
    public static long ColumnOf(JsonException ex) => ex switch
    {
        JsonReadFailure { LineOffset: > 0 } f => f.Column,
        JsonReadFailure { ColumnIsRelative: true } f => Math.Max(0, (ex.BytePositionInLine ?? 0) - 1 + f.Column),
        _ => ex.BytePositionInLine ?? 0,
    };

    /// <summary>Gets the plain-English reason, or <see langword="null"/> when <see cref="Original"/> still has to be explained.</summary>
    public string? Reason { get; }

    /// <summary>Gets the path below <see cref="JsonException.Path"/>, such as <c>.amount</c> or <c>[2].name</c>.</summary>
    public string RelativePath { get; }

    /// <summary>Gets the serializer's own error this failure wraps, if any.</summary>
    public JsonException? Original { get; }

    /// <summary>Re-raises an error from reading a nested value under <paramref name="segment"/> so that the outer converter's path is prefixed.</summary>
    /// <param name="inner">The error from the nested read.</param>
    /// <param name="segment">The path segment of the nested value (<c>.name</c>, <c>[3]</c>).</param>
    /// <param name="valueIsContainer">Whether the nested value is an object or array (rather than a single token).</param>
    public static JsonReadFailure Nest(JsonException inner, string segment, bool valueIsContainer)
    {
        var innerPath = inner.Path is { Length: > 0 } p && p[0] == '$' ? p[1..] : string.Empty;
        // A single token has nothing below it: the serializer's position for it is already right.
        var lines = valueIsContainer ? LineOf(inner) : 0;
        var column = valueIsContainer ? ColumnOf(inner) : 0;
        var relative = valueIsContainer && lines == 0;
        return inner is JsonReadFailure failure
            ? new JsonReadFailure(failure.Reason, segment + innerPath + failure.RelativePath, failure.Original, lines, column, relative)
            : new JsonReadFailure(null, segment + innerPath, inner, lines, column, relative);
    }

    /// <summary>Gets a property name for a message, shortened when it is long (names are not limited below 1 MiB).</summary>
    public static string Name(string name) => name.Length <= MaxQuotedName ? name : name[..MaxQuotedName] + "…";

    private const int MaxQuotedName = 80;

    /// <summary>Formats a property name as a JSON path segment (<c>.name</c>, or <c>['odd name']</c>).</summary>
    public static string PropertySegment(string name)
    {
        // RFC 9535 shorthand names start with a letter or '_' and go on with letters, digits and '_'; others are bracketed,
        // so '$schema' is "['$schema']" wherever the reader reports it.
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!(char.IsAsciiLetter(c) || c == '_' || (i > 0 && char.IsAsciiDigit(c))))
            {
                return "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? "['']" : "." + name;
    }
}
