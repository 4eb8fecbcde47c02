using System.Collections.Immutable;

namespace Dpa.Rules.Serialization;

/// <summary>One error a reader found: what (kind and arguments) and where (path, 1-based line, 0-based byte in the line).</summary>
internal sealed record JsonFormatError(JsonFormatErrorKind Kind, ImmutableArray<string> Arguments, string Path, long LineNumber, long BytePositionInLine)
{
    /// <summary>Gets an error at the document root, on the first line.</summary>
    public static JsonFormatError AtRoot(JsonFormatErrorKind kind, params ImmutableArray<string> arguments) => new(kind, arguments, "$", 1, 0);
}
