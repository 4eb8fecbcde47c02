using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Dpa.Rules.Serialization;

/// <summary>The syntax, limits, paths and positions of <see cref="JsonDocumentWalker"/>.</summary>
internal ref partial struct JsonDocumentWalker
{
    /// <summary>Reads the first token; <see langword="false"/> when the document ends before one is complete.</summary>
    private bool ReadFirst()
    {
        try
        {
            return _reader.Read();
        }
        catch (JsonException ex)
        {
            throw Syntax(ex, 0, JsonTokenType.None);
        }
    }

    /// <summary>Reads the next token, which must be there.</summary>
    private JsonTokenType Next()
    {
        // What the reader had before this token: after an exception its own state is part-way through the next one.
        var consumed = _reader.BytesConsumed;
        var last = _reader.TokenType;
        bool read;
        try
        {
            read = _reader.Read();
        }
        catch (JsonException ex)
        {
            throw Syntax(ex, consumed, last);
        }

        return read ? _reader.TokenType : throw Stop(JsonFormatErrorKind.Truncated, _json.Length);
    }

    /// <summary>Checks a string value without keeping it: an unescaped one is valid exactly when its bytes are UTF-8.</summary>
    private void CheckStringValue()
    {
        if (_reader.ValueIsEscaped || _reader.HasValueSequence || _reader.ValueSpan.Length > _settings.MaxStringBytes)
        {
            _ = CheckString();
        }
        else if (!Utf8.IsValid(_reader.ValueSpan))
        {
            throw Stop(JsonFormatErrorKind.InvalidUtf8, _reader.TokenStartIndex);
        }
    }

    /// <summary>Checks and decodes a string or property name.</summary>
    private string CheckString()
    {
        var start = _reader.TokenStartIndex;
        if (_reader.ValueSpan.Length > _settings.MaxStringBytes)
        {
            throw Stop(JsonFormatErrorKind.StringTooLong, start, _settings.MaxStringKiB);
        }

        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Decoding fails on bytes that are not UTF-8 or on an escape of a lone surrogate; the bytes say which.
            throw Stop(Utf8.IsValid(_json[(int)start..(int)_reader.BytesConsumed]) ? JsonFormatErrorKind.InvalidEscape : JsonFormatErrorKind.InvalidUtf8, start);
        }
    }

    /// <summary>Says what is wrong where the reader stopped, from the bytes there.</summary>
    /// <param name="ex">The reader's error, for its position only.</param>
    /// <param name="consumed">The end of the last token read.</param>
    /// <param name="last">The last token read.</param>
    private StopException Syntax(JsonException ex, long consumed, JsonTokenType last)
    {
        var next = SkipWhiteSpace(consumed);
        if (next >= _json.Length)
        {
            return Stop(JsonFormatErrorKind.Truncated, _json.Length);
        }

        var c = _json[(int)next];
        var afterComma = c == (byte)',' && last is not (JsonTokenType.None or JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName)
            ? SkipWhiteSpace(next + 1)
            : -1;
        if (afterComma >= 0 && afterComma < _json.Length && _json[(int)afterComma] is (byte)'}' or (byte)']')
        {
            return Stop(JsonFormatErrorKind.TrailingComma, afterComma);
        }

        // A comment where the next token should be, or after the comma before it.
        var comment = afterComma >= 0 ? afterComma : next;
        if (comment + 1 < _json.Length && _json[(int)comment] == (byte)'/' && _json[(int)comment + 1] is (byte)'/' or (byte)'*')
        {
            return Stop(JsonFormatErrorKind.CommentNotAllowed, comment);
        }

        if (c == (byte)'"' && CheckStringSyntax(next + 1) is { } inString)
        {
            return inString;
        }

        var at = OffsetOf(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
        if (at < next || at > _json.Length)
        {
            at = next;
        }

        return at == _json.Length ? Stop(JsonFormatErrorKind.Truncated, at) : Stop(JsonFormatErrorKind.Malformed, at, Describe(at));
    }

    /// <summary>Finds what is wrong in a string whose text starts at <paramref name="offset"/>, if anything.</summary>
    private StopException? CheckStringSyntax(long offset)
    {
        for (var i = (int)offset; i < _json.Length; i++)
        {
            var b = _json[i];
            if (b == (byte)'"')
            {
                return null;
            }

            if (b < 0x20)
            {
                return Stop(JsonFormatErrorKind.Malformed, i, Describe(i), JsonExpected.String);
            }

            if (b == (byte)'\\')
            {
                if (i + 1 >= _json.Length)
                {
                    break;
                }

                var escape = _json[i + 1];
                if (escape == (byte)'u' && i + 6 > _json.Length)
                {
                    break;
                }

                var valid = escape is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t'
                    || (escape == (byte)'u' && _json.Slice(i + 2, 4).IndexOfAnyExcept(HexDigits) < 0);
                if (!valid)
                {
                    return Stop(JsonFormatErrorKind.InvalidEscape, i);
                }

                i++;
            }
        }

        return Stop(JsonFormatErrorKind.Truncated, _json.Length);
    }

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);

    /// <summary>Names the character at <paramref name="offset"/> as <c>U+0078</c>, or its byte as <c>0xFF</c> when it is not UTF-8.</summary>
    private string Describe(long offset)
    {
        var status = Rune.DecodeFromUtf8(_json[(int)offset..], out var rune, out _);
        return status == OperationStatus.Done
            ? "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture)
            : "0x" + _json[(int)offset].ToString("X2", CultureInfo.InvariantCulture);
    }

    /// <summary>Gets the error that stops the walk: at the current path, at <paramref name="offset"/>.</summary>
    private StopException Stop(JsonFormatErrorKind kind, long offset, params ImmutableArray<string> arguments)
    {
        var (line, column) = LineAndColumn(offset);
        return new StopException(new JsonFormatError(kind, arguments, Path(), line, column));
    }

    /// <summary>Keeps the first error of content, at the current path and <paramref name="offset"/>.</summary>
    private void Report(JsonFormatErrorKind kind, ImmutableArray<string> arguments, long offset)
    {
        if (_error is null)
        {
            var (line, column) = LineAndColumn(offset);
            _error = new JsonFormatError(kind, arguments, Path(), line, column);
        }
    }

    /// <summary>Keeps the first error of content found by the serializer reading a value from <paramref name="start"/>: its
    /// position is relative to there, and <paramref name="below"/> is its path within the value.</summary>
    private void Report(JsonFormatErrorKind kind, ImmutableArray<string> arguments, long start, JsonException ex, string below)
    {
        if (_error is not null)
        {
            return;
        }

        var (line, column) = LineAndColumn(start);
        var lines = ex.LineNumber ?? 0;
        var byteInLine = ex.BytePositionInLine ?? 0;
        _error = new JsonFormatError(kind, arguments, Path() + below, line + lines, lines == 0 ? column + byteInLine : byteInLine);
    }

    private string Path()
    {
        var path = new StringBuilder("$");
        foreach (var frame in _frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path.Append(JsonPaths.Index(frame.Index));
                }
            }
            else if (frame.Name is not null)
            {
                path.Append(JsonPaths.Member(frame.Name));
            }
        }

        return path.ToString();
    }

    /// <summary>Gets the 1-based line and 0-based byte in the line of an offset, counting lines as System.Text.Json does.</summary>
    private (long Line, long Column) LineAndColumn(long offset)
    {
        var before = _json[..(int)Math.Min(offset, _json.Length)];
        return (before.Count((byte)'\n') + 1, before.Length - (before.LastIndexOf((byte)'\n') + 1));
    }

    /// <summary>Gets the offset of a 0-based line and byte in it.</summary>
    private long OffsetOf(long line, long byteInLine)
    {
        var offset = 0;
        for (var i = 0L; i < line; i++)
        {
            var newline = _json[offset..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return _json.Length + 1;
            }

            offset += newline + 1;
        }

        return offset + byteInLine;
    }

    private long SkipWhiteSpace(long offset)
    {
        while (offset < _json.Length && _json[(int)offset] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            offset++;
        }

        return offset;
    }
}
