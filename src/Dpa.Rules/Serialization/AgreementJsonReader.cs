using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Reads an agreement from UTF-8 JSON, turning every problem with the content into an <see cref="AgreementFormatException"/>.</summary>
/// <remarks>
/// <para>A valid document is read by <see cref="AgreementJsonFastReader"/> in one pass; this reader reads the documents that
/// one gives up on, and so it is the one that reports errors. It reads in two passes. The first walks the tokens with <see cref="Utf8JsonReader"/> and checks what the serializer
/// reports poorly or not at all: UTF-8, syntax, truncation, trailing content, depth, string sizes, duplicate properties and
/// the format version. The second deserializes with the source-generated metadata; its errors carry the serializer's path,
/// to which the agreement converters add the part below them (<see cref="JsonReadFailure"/>).</para>
/// </remarks>
internal static partial class AgreementJsonReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static ProcessingAgreement Read(ReadOnlySpan<byte> json, string? fileName)
    {
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        if (json.Length > AgreementJsonOptions.MaxDocumentBytes)
        {
            throw new AgreementFormatException(TooLargeReason, "$", 1, 0, fileName);
        }

        // Valid documents take one pass; anything else is read again by the diagnosing reader, which says what is wrong.
        return AgreementJsonFastReader.TryRead(json, out var agreement) ? agreement : ReadDiagnosing(json, fileName);
    }

    /// <summary>Reads with the two passes that report every problem (the document has no byte-order mark and is within the size limit).</summary>
    internal static ProcessingAgreement ReadDiagnosing(ReadOnlySpan<byte> json, string? fileName)
    {
        Precheck(json, fileName);
        try
        {
            var typeInfo = (JsonTypeInfo<ProcessingAgreement>)AgreementJsonOptions.Reading.GetTypeInfo(typeof(ProcessingAgreement));
            return JsonSerializer.Deserialize(json, typeInfo)
                ?? throw new AgreementFormatException("The document must be a JSON object (an agreement), not null.", "$", 1, 0, fileName);
        }
        catch (JsonException ex)
        {
            var failure = ex as JsonReadFailure;
            var path = (ex.Path ?? "$") + (failure?.RelativePath ?? string.Empty);
            var reason = failure?.Reason ?? Explain(failure?.Original ?? ex);
            throw new AgreementFormatException(reason, path, JsonReadFailure.LineOf(ex) + 1, JsonReadFailure.ColumnOf(ex), fileName, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or FormatException or OverflowException)
        {
            // A backstop: the converters above report every case known to reach here with a path, so this means a case nobody
            // foresaw. It still must not escape as a framework exception, and the cause stays available as the inner exception.
            throw new AgreementFormatException("The document could not be read as an agreement.", "$", 1, 0, fileName, ex);
        }
    }

    public static string TooLargeReason { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"The document is larger than the limit of {AgreementJsonOptions.MaxDocumentBytes / (1024 * 1024)} MiB.");

    public static string UnsupportedVersionReason(string version) => string.Create(
        CultureInfo.InvariantCulture,
        $"Format version {version} is not supported: this version of Dpa.Rules reads 'formatVersion': {ProcessingAgreement.CurrentFormatVersion}.");

    private static void Precheck(ReadOnlySpan<byte> json, string? fileName)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions
        {
            // The depth limit is checked below with a clearer message; the reader's own limit is only a backstop.
            MaxDepth = AgreementJsonOptions.MaxDepth * 2,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        }));
        var frames = new List<Frame>();
        var rootDone = false;
        var sawVersion = false;
        long rootEnd = 0;
        try
        {
            while (reader.Read())
            {
                var start = reader.TokenStartIndex;
                var token = reader.TokenType;
                if (frames.Count == 0 && token != JsonTokenType.StartObject)
                {
                    throw Fail(NotAnObjectReason, "$", json, start, fileName);
                }

                if (token != JsonTokenType.PropertyName && token != JsonTokenType.EndObject && token != JsonTokenType.EndArray
                    && frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1].Index++;
                }

                switch (token)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (frames.Count >= AgreementJsonOptions.MaxDepth)
                        {
                            throw Fail(
                                string.Create(CultureInfo.InvariantCulture, $"Objects and arrays are nested more than {AgreementJsonOptions.MaxDepth} levels deep."),
                                PathOf(frames), json, start, fileName);
                        }

                        frames.Add(new Frame(token == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        if (frames.Count == 0)
                        {
                            rootDone = true;
                            rootEnd = start;
                        }

                        break;
                    case JsonTokenType.PropertyName:
                        var name = CheckString(ref reader, frames, json, fileName);
                        var frame = frames[^1];
                        frame.Name = name;
                        if (!(frame.Names ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                        {
                            throw Fail($"The property '{JsonReadFailure.Name(name)}' appears more than once in the same object.", PathOf(frames), json, start, fileName);
                        }

                        break;
                    case JsonTokenType.String:
                        CheckStringValue(ref reader, frames, json, fileName);
                        break;
                    default:
                        break;
                }

                if (frames.Count == 1 && token != JsonTokenType.PropertyName && frames[0].Name == "formatVersion" && !sawVersion)
                {
                    sawVersion = true;
                    CheckVersion(ref reader, frames, json, fileName);
                }

                // Once a member's value is complete, errors up to the next member belong to the object, not to that member.
                if (token is not (JsonTokenType.PropertyName or JsonTokenType.StartObject or JsonTokenType.StartArray)
                    && frames.Count > 0 && !frames[^1].IsArray)
                {
                    frames[^1].Name = null;
                }
            }
        }
        catch (JsonException ex) when (ex is not JsonReadFailure)
        {
            if (rootDone)
            {
                throw Fail(TrailingReason, "$", json, SkipWhiteSpace(json, reader.BytesConsumed), fileName);
            }

            throw new AgreementFormatException(
                "The JSON is malformed: " + ExplainSyntax(StripPosition(ex.Message), json, reader.BytesConsumed),
                PathOf(frames),
                (ex.LineNumber ?? 0) + 1,
                ex.BytePositionInLine ?? 0,
                fileName,
                ex);
        }

        if (!rootDone)
        {
            var content = json.Trim(" \t\r\n"u8);
            throw content.IsEmpty ? Fail("The document is empty.", "$", json, 0, fileName)
                // The reader cannot tell a lone number or literal is complete (more digits may follow); it is not an object either way.
                : content[0] != (byte)'{' ? Fail(NotAnObjectReason, "$", json, json.Length - json.TrimStart(" \t\r\n"u8).Length, fileName)
                : Fail("The JSON ends before the document is complete: an object, array or string is not closed.", PathOf(frames), json, json.Length, fileName);
        }

        var rest = SkipWhiteSpace(json, reader.BytesConsumed);
        if (rest < json.Length)
        {
            throw Fail(TrailingReason, "$", json, rest, fileName);
        }

        if (!sawVersion)
        {
            throw Fail("The required property 'formatVersion' is missing.", "$", json, rootEnd, fileName);
        }
    }

    public const string InvalidUtf8Reason = "The text is not valid UTF-8.";

    private const string NotAnObjectReason = "The document must be a JSON object (an agreement).";

    private const string TrailingReason = "There is more content after the end of the agreement's JSON object.";

    private static void CheckVersion(ref Utf8JsonReader reader, List<Frame> frames, ReadOnlySpan<byte> json, string? fileName)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Fail("Expected 'formatVersion' as a whole number.", PathOf(frames), json, reader.TokenStartIndex, fileName);
        }

        if (!reader.TryGetInt32(out var version) || version != ProcessingAgreement.CurrentFormatVersion)
        {
            throw Fail(UnsupportedVersionReason(Encoding.UTF8.GetString(reader.ValueSpan)), PathOf(frames), json, reader.TokenStartIndex, fileName);
        }
    }

    // A value is only checked, never kept: an unescaped one is valid exactly when its bytes are valid UTF-8, which needs no
    // string; an escaped one (rare) is decoded as before to find invalid escapes.
    private static void CheckStringValue(ref Utf8JsonReader reader, List<Frame> frames, ReadOnlySpan<byte> json, string? fileName)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > AgreementJsonOptions.MaxStringBytes)
        {
            CheckString(ref reader, frames, json, fileName);
        }
        else if (!Utf8.IsValid(reader.ValueSpan))
        {
            throw Fail("The text is not valid UTF-8.", PathOf(frames), json, reader.TokenStartIndex, fileName);
        }
    }

    private static string CheckString(ref Utf8JsonReader reader, List<Frame> frames, ReadOnlySpan<byte> json, string? fileName)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > AgreementJsonOptions.MaxStringBytes)
        {
            throw Fail(
                string.Create(CultureInfo.InvariantCulture, $"A string is longer than the limit of {AgreementJsonOptions.MaxStringBytes / 1024} KiB."),
                PathOf(frames), json, reader.TokenStartIndex, fileName);
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = json.Slice((int)reader.TokenStartIndex, (int)(reader.BytesConsumed - reader.TokenStartIndex));
            throw Fail(
                Utf8.IsValid(raw) ? "The string has an invalid escape sequence (such as a lone UTF-16 surrogate)." : InvalidUtf8Reason,
                PathOf(frames), json, reader.TokenStartIndex, fileName);
        }
    }

    private static AgreementFormatException Fail(string reason, string path, ReadOnlySpan<byte> json, long offset, string? fileName)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return new AgreementFormatException(reason, path, line, before.Length - lineStart, fileName);
    }

    private static long SkipWhiteSpace(ReadOnlySpan<byte> json, long offset)
    {
        while (offset < json.Length && json[(int)offset] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            offset++;
        }

        return offset;
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (frame.Name is not null)
            {
                path.Append(JsonReadFailure.PropertySegment(frame.Name));
            }
        }

        return path.ToString();
    }

    // The reader's messages are plain enough except where they advise changing reader options, which a user cannot do.
    private static string ExplainSyntax(string message, ReadOnlySpan<byte> json, long consumed)
    {
        if (message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            return "a comma must not follow the last member of an object or the last element of an array.";
        }

        var next = SkipWhiteSpace(json, consumed);
        return next < json.Length && json[(int)next] == (byte)'/' && next + 1 < json.Length && json[(int)next + 1] is (byte)'/' or (byte)'*'
            ? "comments are not allowed in JSON."
            : message;
    }

    /// <summary>Explains one of System.Text.Json's own errors in plain English.</summary>
    internal static string Explain(JsonException ex)
    {
        var message = StripPosition(ex.Message);
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups[1].Value;
            return names.Contains(',', StringComparison.Ordinal)
                ? $"The required properties {names} are missing."
                : $"The required property {names} is missing.";
        }

        if (Unmapped().Match(message) is { Success: true } unmapped)
        {
            return $"Unknown property '{JsonReadFailure.Name(unmapped.Groups[1].Value)}'.";
        }

        if (NullNotAllowed().Match(message) is { Success: true } notNull)
        {
            return $"'{JsonNamingPolicy.CamelCase.ConvertName(notNull.Groups[1].Value)}' must not be null.";
        }

        if (NotConvertible().Match(message) is { Success: true } convert)
        {
            var type = convert.Groups[1].Value;
            return type.Contains("Boolean", StringComparison.Ordinal) ? "Expected true or false."
                : type.Contains("Int32", StringComparison.Ordinal) ? "Expected a whole number."
                : type.Contains("ImmutableArray", StringComparison.Ordinal) ? "Expected an array."
                : type.StartsWith("Dpa.Rules.Model.", StringComparison.Ordinal) ? "Expected an object."
                : "The value has the wrong type for this property.";
        }

        return message;
    }

    private static string StripPosition(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message[..at];
    }

    [GeneratedRegex(@"was missing required properties including: (.*)\.$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^The JSON property '(.*)' could not be mapped to any \.NET member")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"^The (?:property or )?constructor parameter '([^']*)' on type")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"could not be converted to ([^ ]+?)\.?$")]
    private static partial Regex NotConvertible();

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        public HashSet<string>? Names { get; set; }
    }
}
