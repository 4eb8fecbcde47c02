using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Dpa.Rules.Serialization;

/// <summary>Says what is wrong with a document the serializer did not read: one pass of <see cref="Utf8JsonReader"/> over the
/// whole document that checks its syntax and limits and walks its values against the serializer's own metadata.</summary>
/// <remarks>
/// <para>Only the metadata names members, required ones and nullability, and tells objects, arrays and values apart; a value
/// with a converter (a leaf) is read by the serializer alone, and so is each object once its members passed, which leaves the
/// model's own rules to the model. An object that the serializer reads whole is not walked into for content (only for
/// syntax), so the walk descends only along what is wrong and an error costs about three reads of the document. An error of syntax, a limit or the format version stops the walk at once; the first error
/// of content is kept while the rest of the document is still checked for those, so that a file of a newer format version or
/// with broken syntax is reported as such wherever the problem is.</para>
/// <para>Positions are those of System.Text.Json: a line counts <c>\n</c>; the column is the byte after the offending token
/// for content and the token's first byte for syntax and limits.</para>
/// </remarks>
internal ref partial struct JsonDocumentWalker
{
    private readonly ReadOnlySpan<byte> _json;
    private readonly JsonWalkSettings _settings;
    private readonly List<Frame> _frames = [];
    private Utf8JsonReader _reader;
    private JsonFormatError? _error;
    private bool _sawVersion;
    private long _rootEnd;
    private object? _value;

    private JsonDocumentWalker(ReadOnlySpan<byte> json, JsonWalkSettings settings)
    {
        _json = json;
        _settings = settings;
        _reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions
        {
            // The depth limit is checked here with a path; the reader's own limit is only a backstop.
            MaxDepth = settings.MaxDepth * 2,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        }));
    }

    /// <summary>Finds the first error of a document (no byte-order mark), or reads it when it has none.</summary>
    /// <param name="json">The document.</param>
    /// <param name="settings">The format.</param>
    /// <param name="value">The document read, when it has no error.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    public static JsonFormatError? Diagnose(ReadOnlySpan<byte> json, JsonWalkSettings settings, out object? value)
    {
        var walker = new JsonDocumentWalker(json, settings);
        try
        {
            var error = walker.Run();
            value = error is null ? walker._value : null;
            return error;
        }
        catch (StopException stop)
        {
            value = null;
            return stop.Error;
        }
    }

    private JsonFormatError? Run()
    {
        if (!ReadFirst())
        {
            var content = SkipWhiteSpace(0);
            throw content == _json.Length ? Stop(JsonFormatErrorKind.Empty, 0)
                // The reader cannot tell a lone number or literal is complete (more digits may follow); it is not an object either way.
                : _json[(int)content] != (byte)'{' ? Stop(JsonFormatErrorKind.NotAnObject, content)
                : Stop(JsonFormatErrorKind.Truncated, _json.Length);
        }

        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Stop(JsonFormatErrorKind.NotAnObject, _reader.TokenStartIndex);
        }

        WalkValue(_settings.Root, property: null);
        var rest = SkipWhiteSpace(_reader.BytesConsumed);
        if (rest < _json.Length)
        {
            throw Stop(JsonFormatErrorKind.TrailingContent, rest);
        }

        if (_settings.VersionName is { } versionName && !_sawVersion)
        {
            throw Stop(JsonFormatErrorKind.MissingProperty, _rootEnd, versionName);
        }

        return _error;
    }

    /// <summary>Walks the value at the reader (its first token read) against <paramref name="info"/>; with none, only its syntax.</summary>
    private void WalkValue(JsonTypeInfo? info, JsonPropertyInfo? property)
    {
        var token = _reader.TokenType;
        var start = _reader.TokenStartIndex;
        if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && _reader.CurrentDepth >= _settings.MaxDepth)
        {
            throw Stop(JsonFormatErrorKind.TooDeep, start, _settings.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (token == JsonTokenType.String)
        {
            CheckStringValue();
        }

        // After the first error of content, the rest is checked only for syntax and limits.
        if (info is null || _error is not null)
        {
            Skip();
            return;
        }

        if (token == JsonTokenType.Null && CheckNull(info, property))
        {
            return;
        }

        // A member with a converter of its own is a leaf, whatever its type; an optional value is walked as what it holds.
        var leaf = property?.CustomConverter is not null;
        if (!leaf && Nullable.GetUnderlyingType(info.Type) is { } underlying)
        {
            info = _settings.Options.GetTypeInfo(underlying);
        }

        if (!leaf && info.Kind == JsonTypeInfoKind.Object)
        {
            // An object below the root that the serializer reads whole has only its syntax left to check; the walk goes
            // into the ones it rejects. (Not arrays: one of references is read whole with a null element, which only its
            // object refuses. Not the root: the serializer has rejected the document.)
            if (token != JsonTokenType.StartObject)
            {
                Report(JsonFormatErrorKind.WrongType, [JsonExpected.Object], _reader.BytesConsumed);
                Skip();
            }
            else if (_frames.Count > 0 && ReadsWhole(info, start))
            {
                Skip();
            }
            else
            {
                WalkObject(info);
            }
        }
        else if (!leaf && info.Kind == JsonTypeInfoKind.Enumerable)
        {
            if (token != JsonTokenType.StartArray)
            {
                Report(JsonFormatErrorKind.WrongType, [JsonExpected.Array], _reader.BytesConsumed);
                Skip();
            }
            else
            {
                WalkArray(_settings.Options.GetTypeInfo(info.ElementType!));
            }
        }
        else
        {
            Skip();
            if (_error is null)
            {
                Read(info, start, isObject: false);
            }
        }
    }

    /// <summary>Checks a <c>null</c>: <see langword="true"/> when it is settled (accepted or reported), <see langword="false"/>
    /// when the value's converter decides (an element of a value type).</summary>
    private bool CheckNull(JsonTypeInfo info, JsonPropertyInfo? property)
    {
        if (property is not null)
        {
            if (!property.IsSetNullable)
            {
                Report(
                    property.IsRequired ? JsonFormatErrorKind.NullNotAllowed : JsonFormatErrorKind.NullInsteadOfOmitted,
                    [property.Name],
                    _reader.BytesConsumed);
            }

            return true;
        }

        if (info.Type.IsValueType)
        {
            return Nullable.GetUnderlyingType(info.Type) is not null;
        }

        Report(JsonFormatErrorKind.NullNotAllowed, [], _reader.BytesConsumed);
        return true;
    }

    private void WalkObject(JsonTypeInfo? info)
    {
        var start = _reader.TokenStartIndex;
        var isRoot = _frames.Count == 0;
        var frame = new Frame(isArray: false);
        _frames.Add(frame);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (Next() != JsonTokenType.EndObject)
        {
            var nameStart = _reader.TokenStartIndex;
            var name = CheckString();
            frame.Name = name;
            if (!names.Add(name))
            {
                throw Stop(JsonFormatErrorKind.DuplicateProperty, nameStart, name);
            }

            JsonPropertyInfo? member = null;
            if (info is not null && _error is null && !_settings.PropertiesOf(info).TryGetValue(name, out member))
            {
                Report(JsonFormatErrorKind.UnknownProperty, [name], _reader.BytesConsumed);
            }

            Next();
            if (isRoot && !_sawVersion && name == _settings.VersionName)
            {
                _sawVersion = true;
                CheckVersion(name);
            }

            WalkValue(member is null ? null : _settings.InfoOf(member), member);

            // Once a member's value is complete, errors up to the next member belong to the object, not to that member.
            frame.Name = null;
        }

        var end = _reader.BytesConsumed;
        if (isRoot)
        {
            _rootEnd = _reader.TokenStartIndex;
        }

        _frames.RemoveAt(_frames.Count - 1);
        if (info is null || _error is not null)
        {
            return;
        }

        var missing = info.Properties.Where(p => p.IsRequired && !names.Contains(p.Name)).Select(p => p.Name).ToImmutableArray();
        if (!missing.IsEmpty)
        {
            Report(JsonFormatErrorKind.MissingProperty, missing, end);
            return;
        }

        // The members are right one by one; what is left is what only the built object can check.
        var value = Read(info, start, isObject: true);
        if (isRoot)
        {
            _value = value;
        }
    }

    private void WalkArray(JsonTypeInfo? elementInfo)
    {
        var frame = new Frame(isArray: true);
        _frames.Add(frame);
        while (Next() != JsonTokenType.EndArray)
        {
            frame.Index++;
            WalkValue(elementInfo, property: null);
        }

        _frames.RemoveAt(_frames.Count - 1);
    }

    /// <summary>Walks the rest of the value at the reader for syntax and limits only.</summary>
    private void Skip()
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                WalkObject(info: null);
                break;
            case JsonTokenType.StartArray:
                WalkArray(elementInfo: null);
                break;
            default:
                break;
        }
    }

    private void CheckVersion(string name)
    {
        if (_reader.TokenType != JsonTokenType.Number)
        {
            throw Stop(JsonFormatErrorKind.WrongType, _reader.TokenStartIndex, JsonExpected.Integer, name);
        }

        if (!_reader.TryGetInt32(out var version) || version != _settings.Version)
        {
            throw Stop(
                JsonFormatErrorKind.UnsupportedVersion,
                _reader.TokenStartIndex,
                System.Text.Encoding.UTF8.GetString(_reader.ValueSpan),
                name,
                _settings.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reads the value from <paramref name="start"/> to the reader with the serializer, reporting what it rejects there.</summary>
    private object? Read(JsonTypeInfo info, long start, bool isObject)
    {
        var end = _reader.BytesConsumed;
        try
        {
            return JsonSerializer.Deserialize(_json[(int)start..(int)end], info);
        }
        catch (JsonFormatFailure failure)
        {
            Report(failure.Kind, failure.Arguments, start, failure, Below(failure) + failure.RelativePath);
        }
        catch (JsonException ex)
        {
            // The serializer's own errors on a leaf are wrong types (its converters of numbers, booleans and strings take
            // nothing else); the expected form comes from the metadata.
            var expected = isObject ? null : JsonExpected.Of(info.Type);
            Report(expected is null ? JsonFormatErrorKind.InvalidValue : JsonFormatErrorKind.WrongType, expected is null ? [] : [expected], start, ex, Below(ex));
        }
        catch (ArgumentException ex)
        {
            // The model's constructors and init accessors explain what they refuse in our own words.
            Report(JsonFormatErrorKind.ModelRule, [ex.Message], end);
        }
        catch (Exception ex) when (AgreementJsonReader.IsContentError(ex))
        {
            // A runtime error here is not expected (the walk checked the value's shape); its text is not ours to show.
            Report(JsonFormatErrorKind.InvalidValue, [], end);
        }

        return null;
    }

    /// <summary>Gets whether the serializer reads the value at the reader, from <paramref name="start"/>, without an error.</summary>
    private readonly bool ReadsWhole(JsonTypeInfo info, long start)
    {
        var end = _reader;
        try
        {
            if (!end.TrySkip())
            {
                return false;
            }

            _ = JsonSerializer.Deserialize(_json[(int)start..(int)end.BytesConsumed], info);
            return true;
        }
        catch (Exception ex) when (AgreementJsonReader.IsContentError(ex))
        {
            return false;
        }
    }

    // The serializer's path of an error within the value read, such as "$.amount" (always "$" within a leaf).
    private static string Below(JsonException ex) => ex.Path is { Length: > 1 } path && path[0] == '$' ? path[1..] : string.Empty;

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }

    private sealed class StopException(JsonFormatError error) : Exception(error.Kind.ToString())
    {
        public JsonFormatError Error { get; } = error;
    }
}
