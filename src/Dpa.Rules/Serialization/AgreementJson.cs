using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Loads and saves agreements in the JSON agreement format (<c>docs/agreement-format.md</c>).</summary>
/// <remarks>
/// <para>Loading is strict: unknown, duplicate and missing properties, wrong types, impossible dates, mixed or negative periods,
/// unknown time zones and enum names, and unsupported format versions are all reported as one
/// <see cref="AgreementFormatException"/> naming the JSON path and line. Limits: 16 MiB per document, 1 MiB per string,
/// 64 levels of nesting. Saving writes indented UTF-8 JSON with <c>\n</c> line ends and a final newline, members in the model's
/// order, omitting <see langword="null"/> members and empty arrays. All members are thread-safe.</para>
/// </remarks>
public static class AgreementJson
{
    /// <summary>Reads an agreement from UTF-8 JSON bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementFormatException">The content is not a valid agreement.</exception>
    public static ProcessingAgreement Load(ReadOnlySpan<byte> utf8Json) => AgreementJsonReader.Read(utf8Json, fileName: null);

    /// <summary>Reads an agreement from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementFormatException">The content is not a valid agreement, or is larger than 16 MiB.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ProcessingAgreement Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return AgreementJsonReader.Read(ReadAll(utf8Json, fileName: null), fileName: null);
    }

    /// <summary>Reads an agreement from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementFormatException">The content is not a valid agreement.</exception>
    public static ProcessingAgreement Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var unpaired = IndexOfUnpairedSurrogate(json);
        if (unpaired < 0)
        {
            return AgreementJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(json), fileName: null);
        }

        // UTF-8 cannot hold an unpaired surrogate, and encoding would silently replace it with U+FFFD. Put a byte that is never
        // UTF-8 in its place instead, so that the reader names where it is, and say what it really is.
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes(json[..unpaired]), 0xFF, .. System.Text.Encoding.UTF8.GetBytes(json[(unpaired + 1)..])];
        try
        {
            AgreementJsonReader.Read(bytes, fileName: null);
        }
        catch (AgreementFormatException ex) when (IsTheByteInserted(ex))
        {
            var error = new JsonFormatError(JsonFormatErrorKind.UnpairedSurrogate, [], ex.Path, ex.LineNumber, ex.BytePositionInLine);
            throw new AgreementFormatException(error, fileName: null, ex);
        }

        // The reader found an earlier problem and threw it above, or (never) accepted the byte.
        throw new AgreementFormatException(JsonFormatError.AtRoot(JsonFormatErrorKind.UnpairedSurrogate), fileName: null);
    }

    // In a string the byte is not UTF-8; elsewhere it is not JSON.
    private static bool IsTheByteInserted(AgreementFormatException ex) =>
        ex.Kind == JsonFormatErrorKind.InvalidUtf8 || (ex.Kind == JsonFormatErrorKind.Malformed && ex.Arguments is ["0xFF"]);

    private static int IndexOfUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads an agreement from a UTF-8 JSON file; errors name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="AgreementFormatException">The content is not a valid agreement, or the file is larger than 16 MiB.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ProcessingAgreement LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return AgreementJsonReader.Read(ReadAll(stream, path), path);
    }

    /// <summary>Writes an agreement as indented UTF-8 JSON.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    public static void Save(ProcessingAgreement agreement, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(ToUtf8Json(agreement));
    }

    /// <summary>Writes an agreement to a file as indented UTF-8 JSON, replacing the file.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="path">The file's path.</param>
    public static void SaveFile(ProcessingAgreement agreement, string path)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllBytes(path, ToUtf8Json(agreement));
    }

    /// <summary>Formats an agreement as indented JSON, ending with a newline.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The JSON text, exactly what <see cref="Save"/> writes.</returns>
    public static string ToJson(ProcessingAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return System.Text.Encoding.UTF8.GetString(ToUtf8Json(agreement));
    }

    /// <summary>Gets the JSON Schema (draft 2020-12) of the agreement format, as shipped in <c>docs/schema/agreement.schema.json</c>.</summary>
    /// <returns>A new copy of the schema.</returns>
    public static JsonObject GetSchema() => AgreementSchema.Create();

    private static byte[] ToUtf8Json(ProcessingAgreement agreement)
    {
        var typeInfo = (JsonTypeInfo<ProcessingAgreement>)AgreementJsonOptions.Writing.GetTypeInfo(typeof(ProcessingAgreement));
        var json = JsonSerializer.SerializeToUtf8Bytes(agreement, typeInfo);
        var result = new byte[json.Length + 1];
        json.CopyTo(result, 0);
        result[^1] = (byte)'\n';
        return result;
    }

    private static byte[] ReadAll(Stream stream, string? fileName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > AgreementJsonOptions.MaxDocumentBytes)
            {
                throw new AgreementFormatException(AgreementJsonReader.TooLarge, fileName);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
