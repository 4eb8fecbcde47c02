namespace Dpa.Rules.Serialization;

/// <summary>The JSON of an agreement is not a valid agreement: it names where (JSON path, line, column) and why.</summary>
/// <remarks>
/// <para>This is the only exception <see cref="AgreementJson"/> throws for bad content: malformed JSON, wrong types, unknown,
/// duplicate or missing properties, values outside the format (dates, periods, zones, enums), unsupported format versions and
/// values the model rejects. It never carries a partially read agreement. Its message does not quote text from the document
/// beyond property names.</para>
/// </remarks>
public sealed class AgreementFormatException : JsonFormatException
{
    /// <summary>Creates an exception with a generic reason at the document root.</summary>
    public AgreementFormatException()
        : this("The JSON is not a valid agreement.", "$", 1, 0)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> as the reason at the document root.</summary>
    /// <param name="message">The reason, in plain English.</param>
    public AgreementFormatException(string message)
        : this(message, "$", 1, 0)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> as the reason at the document root.</summary>
    /// <param name="message">The reason, in plain English.</param>
    /// <param name="innerException">The error that caused this one.</param>
    public AgreementFormatException(string message, Exception? innerException)
        : this(message, "$", 1, 0, null, innerException)
    {
    }

    /// <summary>Creates an exception for a bad value at a known place.</summary>
    /// <param name="reason">Why the content is not accepted, in plain English.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.subProcessing.subProcessors[1].locations[0]</c>.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="bytePositionInLine">The 0-based byte offset within the line.</param>
    /// <param name="fileName">The file read, if any.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    public AgreementFormatException(string reason, string path, long lineNumber, long bytePositionInLine, string? fileName = null, Exception? innerException = null)
        : base(reason, path, lineNumber, bytePositionInLine, fileName, innerException)
    {
    }

    /// <summary>Creates an exception for an error a reader of this library found.</summary>
    internal AgreementFormatException(JsonFormatError error, string? fileName, Exception? innerException = null)
        : base(error, fileName, innerException)
    {
    }
}
