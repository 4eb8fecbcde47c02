using System.Globalization;
using System.Text.Json;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Maps model paths of one agreement file (<c>$.breach.deadline</c>, <c>$.subProcessing.subProcessors[1].locations[0]</c>) to
/// the 1-based lines and columns where they appear, so reports can point at the line of a finding.</summary>
/// <remarks>
/// <para>Paths are built the way rules build them: camelCase property names as <c>.name</c> (names with other characters as
/// <c>['name']</c>) and array elements as <c>[i]</c>. A property maps to the line of its name, an array element to the line where
/// its value starts; the column is that token's first character, counted in UTF-16 code units from 1 as editors count them. A
/// path to something the file does not contain (rules point at the missing property for "not stated") maps to
/// its nearest ancestor that the file does contain. Lines end at LF, CR LF or a lone CR. Building the index never throws on bad
/// JSON: it keeps what it read up to the error. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AgreementLineIndex
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly Dictionary<string, Position> _lines;

    private AgreementLineIndex(Dictionary<string, Position> lines) => _lines = lines;

    /// <summary>Gets an index that knows no path: every path maps to line 1, column 1.</summary>
    public static AgreementLineIndex Empty { get; } = new(new Dictionary<string, Position>(StringComparer.Ordinal));

    /// <summary>Gets the number of paths the index knows, the root <c>$</c> included.</summary>
    public int Count => _lines.Count;

    /// <summary>Gets every indexed path and its line, for tests.</summary>
    internal IEnumerable<KeyValuePair<string, int>> Entries => _lines.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.Line));

    /// <summary>Builds the index of a UTF-8 JSON document (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document's bytes, exactly as read from the file.</param>
    /// <returns>The index.</returns>
    public static AgreementLineIndex Create(ReadOnlySpan<byte> utf8Json)
    {
        var offset = utf8Json.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var lineStarts = LineStarts(utf8Json);
        var lines = new Dictionary<string, Position>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8Json[offset..], new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 256,
        });
        var frames = new Stack<Frame>();
        var cursor = new Cursor(offset);
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                var position = cursor.Advance(utf8Json, lineStarts, reader.TokenStartIndex + offset);
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingProperty = frames.Peek().Path + JsonPaths.Member(reader.GetString() ?? string.Empty);
                    lines.TryAdd(pendingProperty, position);
                    continue;
                }

                // A value: the root, a property's value (already indexed at its name) or an array element.
                string path;
                if (frames.Count == 0)
                {
                    path = "$";
                    lines.TryAdd(path, position);
                }
                else if (frames.Peek().IsArray)
                {
                    var array = frames.Pop();
                    path = array.Path + "[" + array.NextIndex.ToString(CultureInfo.InvariantCulture) + "]";
                    frames.Push(array with { NextIndex = array.NextIndex + 1 });
                    lines.TryAdd(path, position);
                }
                else
                {
                    path = pendingProperty ?? frames.Peek().Path;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the loader reports it with its own path and line; the index keeps what precedes the error.
        }

        return new AgreementLineIndex(lines);
    }

    /// <summary>Gets the line of exactly <paramref name="path"/>, if the file contains it.</summary>
    /// <param name="path">The model path, e.g. <c>$.breach.deadline</c>.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>Whether the file contains the path.</returns>
    public bool TryGetLine(string path, out int line)
    {
        ArgumentNullException.ThrowIfNull(path);
        var found = _lines.TryGetValue(path, out var position);
        line = position.Line;
        return found;
    }

    /// <summary>Gets the line of <paramref name="path"/>, or of its nearest ancestor the file contains, or 1.</summary>
    /// <param name="path">The model path, e.g. <c>$.subProcessing.objectionRight</c>.</param>
    /// <returns>The 1-based line; never less than 1.</returns>
    public int GetLine(string path) => Find(path).Line;

    /// <summary>Gets the column where <paramref name="path"/> (or its nearest ancestor the file contains) starts on its line.</summary>
    /// <param name="path">The model path, e.g. <c>$.subProcessing.objectionRight</c>.</param>
    /// <returns>The 1-based column in UTF-16 code units of the member's name (or the array element's value); 1 when unknown.</returns>
    public int GetColumn(string path) => Find(path).Column;

    private Position Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = path;
        while (current.Length > 0)
        {
            if (_lines.TryGetValue(current, out var position))
            {
                return position;
            }

            current = Parent(current);
        }

        return new Position(1, 1);
    }

    /// <summary>Strips the last segment: <c>.name</c>, <c>['name']</c> or <c>[i]</c>; the root's parent is empty.</summary>
    internal static string Parent(string path)
    {
        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            var open = path.LastIndexOf("['", StringComparison.Ordinal);
            return open > 0 ? path[..open] : string.Empty;
        }

        var cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut > 0 ? path[..cut] : string.Empty;
    }

    private static List<long> LineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private readonly record struct Position(int Line, int Column);

    /// <summary>Walks forward through the document once: tokens come in order, so each column is counted from the previous
    /// token on the same line, never from the line's start (a one-line document of megabytes stays linear).</summary>
    private struct Cursor(int bomLength)
    {
        private int _line = -1;
        private long _at;
        private int _column;

        public Position Advance(ReadOnlySpan<byte> bytes, List<long> lineStarts, long position)
        {
            var index = lineStarts.BinarySearch(position);
            var line = index >= 0 ? index : ~index - 1;
            if (line != _line || position < _at)
            {
                _line = line;
                _at = Math.Max(lineStarts[line], line == 0 ? bomLength : 0);
                _column = 1;
            }

            foreach (var b in bytes[(int)_at..(int)position])
            {
                // A lead byte starts a character; four-byte sequences are two UTF-16 code units, as editors count columns.
                if ((b & 0xC0) != 0x80)
                {
                    _column += b >= 0xF0 ? 2 : 1;
                }
            }

            _at = position;
            return new Position(line + 1, _column);
        }
    }

    private readonly record struct Frame(string Path, bool IsArray, int NextIndex);
}
