namespace Dpa.Rules.Serialization;

/// <summary>A validation configuration file is not valid: it names where (JSON path, line, column) and why.</summary>
/// <remarks>
/// <para>This is the only exception <see cref="ValidationConfigurationJson"/> throws for bad content: malformed JSON, unknown,
/// duplicate or missing properties, malformed rule ids, unknown severity, category, mode or culture names, bad dates and periods,
/// and blank justifications. A well-formed rule id that no rule has is not an error here: the validator reports it (DPA0003). Its
/// message quotes only property names and ids from the document.</para>
/// </remarks>
public sealed class ConfigurationFormatException : JsonFormatException
{
    /// <summary>Creates an exception with a generic reason at the document root.</summary>
    public ConfigurationFormatException()
        : this("The JSON is not a valid validation configuration.", "$", 1, 0)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> as the reason at the document root.</summary>
    /// <param name="message">The reason, in plain English.</param>
    public ConfigurationFormatException(string message)
        : this(message, "$", 1, 0)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> as the reason at the document root.</summary>
    /// <param name="message">The reason, in plain English.</param>
    /// <param name="innerException">The error that caused this one.</param>
    public ConfigurationFormatException(string message, Exception? innerException)
        : this(message, "$", 1, 0, null, innerException)
    {
    }

    /// <summary>Creates an exception for a bad value at a known place.</summary>
    /// <param name="reason">Why the content is not accepted, in plain English.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.suppressions[1].ruleId</c>.</param>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="bytePositionInLine">The 0-based byte offset within the line.</param>
    /// <param name="fileName">The file read, if any.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    public ConfigurationFormatException(string reason, string path, long lineNumber, long bytePositionInLine, string? fileName = null, Exception? innerException = null)
        : base(reason, path, lineNumber, bytePositionInLine, fileName, innerException)
    {
    }

    /// <summary>Creates an exception for an error a reader of this library found.</summary>
    internal ConfigurationFormatException(JsonFormatError error, string? fileName, Exception? innerException = null)
        : base(error, fileName, innerException)
    {
    }
}
