using System.Collections.Immutable;
using System.Globalization;

namespace Dpa.Rules.Serialization;

/// <summary>A JSON document read by this library is not valid for its format: the exception names where (JSON path, line,
/// column), what (<see cref="Kind"/> and <see cref="Arguments"/>) and why in English (<see cref="Reason"/>).</summary>
/// <remarks><para>Catch this type to handle every format error of the library alike; the sealed subclasses say which document
/// it was (<see cref="AgreementFormatException"/>, <see cref="ConfigurationFormatException"/>). Messages quote only property
/// names and ids from the document, never its text values.</para></remarks>
public abstract class JsonFormatException : Exception
{
    /// <summary>Creates an exception for a bad value at a known place.</summary>
    /// <param name="reason">Why the content is not accepted, in plain English.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.document.status</c>.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="bytePositionInLine">The 0-based byte offset within the line.</param>
    /// <param name="fileName">The file read, if any.</param>
    /// <param name="innerException">The error that caused this one, if any; when it is a <see cref="JsonFormatException"/> with
    /// the same reason (the same error raised again, say with a file name), its <see cref="Kind"/> and <see cref="Arguments"/> are kept.</param>
    protected JsonFormatException(string reason, string path, long lineNumber, long bytePositionInLine, string? fileName, Exception? innerException)
        : base(Format(reason, path, lineNumber, bytePositionInLine, fileName), innerException)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(path);
        Reason = reason;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        FileName = fileName;
        if (innerException is JsonFormatException same && same.Reason == reason)
        {
            Kind = same.Kind;
            Arguments = same.Arguments;
        }
    }

    /// <summary>Creates an exception for an error the library's readers found, its reason rendered from the kind and arguments.</summary>
    private protected JsonFormatException(JsonFormatError error, string? fileName, Exception? innerException)
        : this(JsonFormatErrorText.Render(error.Kind, error.Arguments), error.Path, error.LineNumber, error.BytePositionInLine, fileName, innerException)
    {
        Kind = error.Kind;
        Arguments = error.Arguments;
    }

    /// <summary>Gets what is wrong, for tools that sort or translate errors.</summary>
    /// <value><see cref="JsonFormatErrorKind.Unspecified"/> when the exception was made from a reason text alone.</value>
    public JsonFormatErrorKind Kind { get; }

    /// <summary>Gets the details the <see cref="Kind"/> names (property names, limits, expected forms), in its documented order.</summary>
    /// <value>Empty for kinds without details; never default.</value>
    public ImmutableArray<string> Arguments { get; } = [];

    /// <summary>Gets why the content is not accepted, in plain English (without the location).</summary>
    public string Reason { get; }

    /// <summary>Gets the JSON path of the offending value, such as <c>$.document.status</c>; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line of the offending value.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the 0-based byte offset of the error within its line.</summary>
    public long BytePositionInLine { get; }

    /// <summary>Gets the file the document was read from, or <see langword="null"/> when it was not read from a file.</summary>
    public string? FileName { get; }

    private static string Format(string reason, string path, long lineNumber, long bytePositionInLine, string? fileName) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(fileName is null ? string.Empty : fileName + ": ")}line {lineNumber}, column {bytePositionInLine + 1}, at {path}: {reason}");
}
