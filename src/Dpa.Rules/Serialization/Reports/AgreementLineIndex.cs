using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Maps model paths of one agreement file (<c>$.breach.deadline</c>, <c>$.subProcessing.subProcessors[1].locations[0]</c>) to
/// the 1-based lines and columns where they appear, so reports can point at the line of a finding.</summary>
/// <remarks>
/// <para>Paths are built the way rules build them: camelCase property names as <c>.name</c> (names with other characters as
/// <c>['name']</c>) and array elements as <c>[i]</c>. A property maps to the line of its name, an array element to the line where
/// its value starts; the column is that token's first character, counted in UTF-16 code units from 1 as editors count them. A
/// path to something the file does not contain (rules point at the missing property for "not stated") maps to its nearest
/// ancestor that the file does contain. Lines end at LF, CR LF or a lone CR. Building the index never throws on bad JSON: it
/// keeps what it read up to the error.</para>
/// <para>The index keeps a copy of the document and reads it when asked: a report asks once for the paths of a file's findings
/// (one pass that makes no string but theirs), never for every member of the file. Thread-safe.</para>
/// </remarks>
public sealed class AgreementLineIndex
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    private readonly byte[] _utf8;
    private readonly Lock _gate = new();
    private Dictionary<string, Position>? _all;
    private readonly Dictionary<string, Position?> _resolved = new(StringComparer.Ordinal);

    private AgreementLineIndex(byte[] utf8) => _utf8 = utf8;

    /// <summary>Gets an index that knows no path: every path maps to line 1, column 1.</summary>
    public static AgreementLineIndex Empty { get; } = new([]);

    /// <summary>Gets the number of paths the index knows, the root <c>$</c> included.</summary>
    public int Count => All.Count;

    /// <summary>Gets every indexed path and its line, for tests.</summary>
    internal IEnumerable<KeyValuePair<string, int>> Entries => All.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.Line));

    private Dictionary<string, Position> All
    {
        get
        {
            lock (_gate)
            {
                if (_all is null)
                {
                    var all = new Dictionary<string, Position>(StringComparer.Ordinal);
                    Walk(_utf8, _ => Interest.Visit, (path, position) => all.TryAdd(path.ToString(), position));
                    _all = all;
                }

                return _all;
            }
        }
    }

    /// <summary>Builds the index of a UTF-8 JSON document (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document's bytes, exactly as read from the file.</param>
    /// <returns>The index.</returns>
    public static AgreementLineIndex Create(ReadOnlySpan<byte> utf8Json) => utf8Json.IsEmpty ? Empty : new(utf8Json.ToArray());

    /// <summary>Gets the line of exactly <paramref name="path"/>, if the file contains it.</summary>
    /// <param name="path">The model path, e.g. <c>$.breach.deadline</c>.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>Whether the file contains the path.</returns>
    public bool TryGetLine(string path, out int line)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (_gate)
        {
            Resolve([path]);
            if (_resolved[path] is { } position)
            {
                line = position.Line;
                return true;
            }

            line = 0;
            return false;
        }
    }

    /// <summary>Gets the line of <paramref name="path"/>, or of its nearest ancestor the file contains, or 1.</summary>
    /// <param name="path">The model path, e.g. <c>$.subProcessing.objectionRight</c>.</param>
    /// <returns>The 1-based line; never less than 1.</returns>
    public int GetLine(string path) => Find(path).Line;

    /// <summary>Gets the column where <paramref name="path"/> (or its nearest ancestor the file contains) starts on its line.</summary>
    /// <param name="path">The model path, e.g. <c>$.subProcessing.objectionRight</c>.</param>
    /// <returns>The 1-based column in UTF-16 code units of the member's name (or the array element's value); 1 when unknown.</returns>
    public int GetColumn(string path) => Find(path).Column;

    /// <summary>Reads the document once for all of <paramref name="paths"/> and their ancestors, so that asking for each of them
    /// afterwards reads nothing.</summary>
    internal void Prefetch(IEnumerable<string> paths)
    {
        lock (_gate)
        {
            Resolve(paths);
        }
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

    private Position Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (_gate)
        {
            Resolve([path]);
            for (var current = path; current.Length > 0; current = Parent(current))
            {
                if (_resolved[current] is { } position)
                {
                    return position;
                }
            }
        }

        return new Position(1, 1);
    }

    // Under the lock: finds, in one pass, each path and ancestor not yet resolved (or notes that the file does not contain it).
    private void Resolve(IEnumerable<string> paths)
    {
        Dictionary<string, Position?>? wanted = null;
        foreach (var path in paths)
        {
            // A path is resolved with all its ancestors; one that is not is wanted with all of them, resolved or not, so that the
            // walk can skip whatever is not on the way to a wanted path.
            if (_resolved.ContainsKey(path))
            {
                continue;
            }

            wanted ??= new Dictionary<string, Position?>(StringComparer.Ordinal);
            for (var current = path; current.Length > 0; current = Parent(current))
            {
                wanted.TryAdd(current, null);
            }
        }

        if (wanted is null)
        {
            return;
        }

        if (_all is { } all)
        {
            foreach (var path in wanted.Keys)
            {
                _resolved[path] = all.TryGetValue(path, out var position) ? position : null;
            }

            return;
        }

        // A member or element whose path is not wanted is no wanted path's ancestor: its value is skipped unread.
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        Walk(
            _utf8,
            path => !lookup.TryGetValue(path, out var found) ? Interest.None : found is null ? Interest.Visit : Interest.Within,
            (path, position) => lookup[path] = position);
        foreach (var (path, position) in wanted)
        {
            _resolved[path] = position;
        }
    }

    /// <summary>What a walk wants of a path: nothing at or under it (its value is skipped), only something under it, or the path itself.</summary>
    private enum Interest
    {
        None,
        Within,
        Visit,
    }

    private delegate Interest PathFilter(ReadOnlySpan<char> path);

    private delegate void PathVisitor(ReadOnlySpan<char> path, Position position);

    /// <summary>Reads the document once, building each member's and element's path in one reused buffer; for the paths the
    /// filter wants (the first occurrence of each), computes the position and visits it, and skips the values under which it
    /// wants nothing.</summary>
    private static void Walk(ReadOnlySpan<byte> utf8Json, PathFilter wants, PathVisitor visit)
    {
        if (utf8Json.IsEmpty)
        {
            return;
        }

        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var offset = utf8Json.StartsWith(bom) ? bom.Length : 0;
        var reader = new Utf8JsonReader(utf8Json[offset..], ReaderOptions);
        var frames = new Stack<Frame>();
        var cursor = new Cursor(offset);
        var path = new PathBuffer();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    path.Length = frames.Peek().PathLength;
                    path.AppendMember(ref reader);
                    if (!Visit(utf8Json, ref cursor, reader.TokenStartIndex + offset, path.Chars, wants, visit))
                    {
                        reader.Skip();
                    }

                    continue;
                }

                // A value: the root, a property's value (already visited at its name) or an array element.
                if (frames.Count == 0)
                {
                    path.Length = 0;
                    path.Append("$");
                    Visit(utf8Json, ref cursor, reader.TokenStartIndex + offset, path.Chars, wants, visit);
                }
                else if (frames.Peek().IsArray)
                {
                    var array = frames.Pop();
                    path.Length = array.PathLength;
                    path.AppendIndex(array.NextIndex);
                    frames.Push(array with { NextIndex = array.NextIndex + 1 });
                    if (!Visit(utf8Json, ref cursor, reader.TokenStartIndex + offset, path.Chars, wants, visit))
                    {
                        reader.Skip();
                        continue;
                    }
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push(new Frame(path.Length, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the loader reports it with its own path and line; the index keeps what precedes the error.
        }
        finally
        {
            path.Dispose();
        }
    }

    // Returns whether anything at or under the path is wanted.
    private static bool Visit(ReadOnlySpan<byte> utf8Json, ref Cursor cursor, long at, ReadOnlySpan<char> path, PathFilter wants, PathVisitor visit)
    {
        var interest = wants(path);
        if (interest == Interest.Visit)
        {
            visit(path, cursor.Advance(utf8Json, at));
        }

        return interest != Interest.None;
    }

    private readonly record struct Position(int Line, int Column);

    private readonly record struct Frame(int PathLength, bool IsArray, int NextIndex);

    /// <summary>Walks forward through the document: the positions asked for come in order, so lines and columns are counted
    /// from the previous one, never from the start (a one-line document of megabytes stays linear).</summary>
    private struct Cursor(int bomLength)
    {
        private long _at = bomLength;
        private int _line = 1;
        private int _column = 1;

        public Position Advance(ReadOnlySpan<byte> bytes, long position)
        {
            var span = bytes[(int)_at..(int)position];
            int i;
            while ((i = span.IndexOfAny((byte)'\n', (byte)'\r')) >= 0)
            {
                // CR LF is one line end (a token never starts at the LF, so the pair is never split).
                var next = i + 1 < span.Length && span[i] == '\r' && span[i + 1] == '\n' ? i + 2 : i + 1;
                _line++;
                _column = 1;
                span = span[next..];
            }

            foreach (var b in span)
            {
                // A lead byte starts a character; four-byte sequences are two UTF-16 code units, as editors count columns.
                if ((b & 0xC0) != 0x80)
                {
                    _column += b >= 0xF0 ? 2 : 1;
                }
            }

            _at = position;
            return new Position(_line, _column);
        }
    }

    /// <summary>The path being read, in a pooled buffer: segments written the way <see cref="JsonPaths"/> writes them.</summary>
    private struct PathBuffer : IDisposable
    {
        private char[] _chars;

        public PathBuffer() => _chars = ArrayPool<char>.Shared.Rent(256);

        public int Length { get; set; }

        public readonly ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

        public void Append(ReadOnlySpan<char> text)
        {
            Ensure(text.Length);
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        public void AppendIndex(int index)
        {
            Ensure(13);
            _chars[Length++] = '[';
            index.TryFormat(_chars.AsSpan(Length), out var written, provider: CultureInfo.InvariantCulture);
            Length += written;
            _chars[Length++] = ']';
        }

        public void AppendMember(ref Utf8JsonReader reader)
        {
            // The reader reads one span, never a sequence.
            var raw = reader.ValueSpan;
            if (reader.ValueIsEscaped)
            {
                Append(JsonPaths.Member(reader.GetString() ?? string.Empty));
                return;
            }

            // ".name" when the name is shorthand (ASCII letters, '_', digits after the first), as JsonPaths.Member decides.
            var shorthand = raw.Length > 0;
            for (var i = 0; i < raw.Length && shorthand; i++)
            {
                var c = (char)raw[i];
                shorthand = char.IsAsciiLetter(c) || c == '_' || (i > 0 && char.IsAsciiDigit(c));
            }

            if (!shorthand)
            {
                Append(JsonPaths.Member(Encoding.UTF8.GetString(raw)));
                return;
            }

            Ensure(raw.Length + 1);
            _chars[Length++] = '.';
            for (var i = 0; i < raw.Length; i++)
            {
                _chars[Length++] = (char)raw[i];
            }
        }

        public void Dispose() => ArrayPool<char>.Shared.Return(_chars);

        private void Ensure(int more)
        {
            if (Length + more > _chars.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + more));
                _chars.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<char>.Shared.Return(_chars);
                _chars = larger;
            }
        }
    }
}
