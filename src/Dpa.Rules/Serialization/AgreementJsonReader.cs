using System.Globalization;
using System.Text.Json;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads an agreement from UTF-8 JSON, turning every problem with the content into an <see cref="AgreementFormatException"/>.</summary>
/// <remarks>
/// <para>The serializer reads a document with the source-generated metadata of the model and the format's value converters,
/// which enforce the limits System.Text.Json does not (the string limit). Only when it rejects the document does
/// <see cref="JsonDocumentWalker"/> read it again, against the same metadata, to say what is wrong and where.</para>
/// </remarks>
internal static class AgreementJsonReader
{
    /// <summary>Gets the format as the diagnosing walker sees it.</summary>
    internal static JsonWalkSettings Format { get; } = new(
        AgreementJsonOptions.ReadingRoot,
        AgreementJsonOptions.MaxDepth,
        AgreementJsonOptions.MaxStringBytes,
        AgreementJsonOptions.FormatVersionName,
        ProcessingAgreement.CurrentFormatVersion);

    /// <summary>Gets the error of a document over the size limit.</summary>
    public static JsonFormatError TooLarge { get; } = JsonFormatError.AtRoot(
        JsonFormatErrorKind.DocumentTooLarge, (AgreementJsonOptions.MaxDocumentBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture));

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static ProcessingAgreement Read(ReadOnlySpan<byte> json, string? fileName)
    {
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        if (json.Length > AgreementJsonOptions.MaxDocumentBytes)
        {
            throw new AgreementFormatException(TooLarge, fileName);
        }

        Exception? cause = null;
        try
        {
            var agreement = JsonSerializer.Deserialize(json, AgreementJsonOptions.ReadingRoot);
            if (agreement?.FormatVersion == ProcessingAgreement.CurrentFormatVersion)
            {
                return agreement;
            }
        }
        catch (Exception ex) when (IsContentError(ex))
        {
            cause = ex;
        }

        throw new AgreementFormatException(Diagnose(json, out _) ?? Unexplained, fileName, cause);
    }

    /// <summary>Finds the first error of a document (no byte-order mark, within the size limit) with the walker.</summary>
    /// <param name="json">The document.</param>
    /// <param name="agreement">The agreement read, when the document has no error.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    internal static JsonFormatError? Diagnose(ReadOnlySpan<byte> json, out ProcessingAgreement? agreement)
    {
        var error = JsonDocumentWalker.Diagnose(json, Format, out var value);
        agreement = value as ProcessingAgreement;
        return error;
    }

    /// <summary>Gets whether reading failed on the content (the serializer's errors and the model's), not on a bug or the machine.</summary>
    internal static bool IsContentError(Exception ex) =>
        ex is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException or NotSupportedException;

    // The walker reads with the same metadata, so it finds every error the serializer does; this is only a backstop.
    private static JsonFormatError Unexplained { get; } = JsonFormatError.AtRoot(JsonFormatErrorKind.InvalidValue);
}
