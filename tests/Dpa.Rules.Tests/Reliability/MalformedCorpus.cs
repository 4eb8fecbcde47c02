using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>Builds the malformed-input corpus in <c>Reliability/Malformed/</c> by mutation of <c>examples/000-planning-nl.json</c> (its committed copy in <c>Malformed/source/</c>).</summary>
/// <remarks>
/// <para>Each case carries what a correct reader must say about it: the JSON path the error names (a prefix, exact where the
/// mutation pins it down), a fragment of the reason, and the 1-based line of the mutation where it is known (0 otherwise).
/// The expectations come from the mutation itself (where it was made and what it breaks), never from running the reader.</para>
/// <para>The generator makes every mutation of each kind (about 1,150 documents); every 10th truncation, every 4th wrong type and
/// every 2nd unknown or duplicate property are committed, and every case of the other kinds; the rest are checked in memory.
/// Set <c>DPA_UPDATE_CORPUS=1</c> and run <see cref="MalformedCorpusTests"/> to rewrite the committed files.</para>
/// </remarks>
internal static class MalformedCorpus
{
    public const string BaseExample = "000-planning-nl.json";

    // Markers: unique values whose line in the written file is the line the error must name.
    private const string WrongString = "zz-wrong-type";
    private const int WrongNumber = 424242;
    private const string UnknownName = "zzUnknownProperty";
    private const string DuplicateMarker = "zzDuplicateMarker";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Directory => Path.Combine(RepositoryRootAttribute.Value, "tests", "Dpa.Rules.Tests", "Reliability", "Malformed");

    /// <summary>Gets the committed copy of the example the corpus was made from, so that edits to <c>examples/</c> leave it stable.</summary>
    public static string SourcePath => Path.Combine(Directory, "source", BaseExample);

    /// <summary>Gets the example the mutations start from, as written by <see cref="Write"/> (indented, <c>\n</c> line ends).</summary>
    /// <remarks><para>When the corpus is being rewritten the current example is copied to <see cref="SourcePath"/> first.</para></remarks>
    public static string BaseText { get; } = Write(JsonNode.Parse(File.ReadAllText(SourceOrUpdate()))!);

    public static bool Updating => Environment.GetEnvironmentVariable("DPA_UPDATE_CORPUS") == "1";

    private static string SourceOrUpdate()
    {
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(SourcePath)!);
            File.Copy(Path.Combine(RepositoryRootAttribute.Value, "examples", BaseExample), SourcePath, overwrite: true);
        }

        return SourcePath;
    }

    public static IReadOnlyList<CorpusCase> Build()
    {
        var cases = new List<CorpusCase>();
        Truncations(cases);
        WrongTypes(cases);
        UnknownProperties(cases);
        DuplicateProperties(cases);
        Values(cases);
        Structure(cases);
        Nesting(cases);
        InvalidUtf8(cases);
        return cases;
    }

    /// <summary>The base example cut just before each of its structural characters (quotes included, so strings are cut open too).</summary>
    private static void Truncations(List<CorpusCase> cases)
    {
        var text = BaseText;
        var inString = false;
        var escaped = false;
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }

            if (c is '{' or '}' or '[' or ']' or ',' or ':' or '"')
            {
                var cut = text[..i];
                var reason = cut.Trim().Length == 0 ? "The document is empty" : "ends before the document is complete";
                cases.Add(new CorpusCase(Name("truncated", ++n), Encoding.UTF8.GetBytes(cut), "$", reason, 0, n % 10 == 1));
            }
        }
    }

    /// <summary>Every value of the base example replaced by one of another JSON type.</summary>
    private static void WrongTypes(List<CorpusCase> cases)
    {
        var n = 0;
        foreach (var (steps, node) in Walk(JsonNode.Parse(BaseText)!, []))
        {
            if (steps.Count == 0)
            {
                continue;
            }

            JsonNode replacement = node switch
            {
                JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(WrongNumber),
                _ => JsonValue.Create(WrongString),
            };
            var expected = PathOf(steps);
            var root = JsonNode.Parse(BaseText)!;
            Replace(root, steps, replacement);
            var text = Write(root);
            cases.Add(new CorpusCase(Name("wrong-type", ++n), Encoding.UTF8.GetBytes(text), expected, "Expected", LineOf(text, node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? WrongNumber.ToString(CultureInfo.InvariantCulture) : WrongString), n % 4 == 1, Exact: true));
        }
    }

    /// <summary>An unknown property added to every object of the base example.</summary>
    private static void UnknownProperties(List<CorpusCase> cases)
    {
        var n = 0;
        foreach (var (steps, node) in Walk(JsonNode.Parse(BaseText)!, []))
        {
            if (node is not JsonObject)
            {
                continue;
            }

            var root = JsonNode.Parse(BaseText)!;
            ((JsonObject)Navigate(root, steps)).Add(UnknownName, true);
            var text = Write(root);
            cases.Add(new CorpusCase(Name("unknown-property", ++n), Encoding.UTF8.GetBytes(text), PathOf(steps) + "." + UnknownName, "Unknown property", LineOf(text, UnknownName), n % 2 == 1, Exact: true));
        }
    }

    /// <summary>The first property of every object of the base example written a second time.</summary>
    private static void DuplicateProperties(List<CorpusCase> cases)
    {
        var n = 0;
        foreach (var (steps, node) in Walk(JsonNode.Parse(BaseText)!, []))
        {
            if (node is not JsonObject { Count: > 0 } obj)
            {
                continue;
            }

            var first = obj.First();
            var root = JsonNode.Parse(BaseText)!;
            ((JsonObject)Navigate(root, steps)).Add(DuplicateMarker, first.Value?.DeepClone());
            var text = Write(root);
            var line = LineOf(text, DuplicateMarker);
            text = text.Replace("\"" + DuplicateMarker + "\"", "\"" + first.Key + "\"", StringComparison.Ordinal);
            cases.Add(new CorpusCase(Name("duplicate-property", ++n), Encoding.UTF8.GetBytes(text), PathOf([.. steps, first.Key]), "appears more than once", line, n % 2 == 1, Exact: true));
        }
    }

    /// <summary>Bad dates, zones, periods, enum names, country codes, money, counts, texts and format versions, each at one place.</summary>
    private static void Values(List<CorpusCase> cases)
    {
        var n = 0;
        void Set(string category, string[] steps, JsonNode? value, string reason)
        {
            var root = JsonNode.Parse(BaseText)!;
            var parent = root;
            for (var i = 0; i < steps.Length - 1; i++)
            {
                var next = parent[steps[i]];
                if (next is null)
                {
                    next = new JsonObject();
                    ((JsonObject)parent)[steps[i]] = next;
                }

                parent = next;
            }

            ((JsonObject)parent)[steps[^1]] = value;
            var text = Write(root);
            cases.Add(new CorpusCase(Name(category, ++n), Encoding.UTF8.GetBytes(text), PathOf([.. steps]), reason, 0, Exact: category is not ("null" or "money" or "count" or "text")));
        }

        string[] dateSigned = ["document", "dateSigned"];
        foreach (var date in new[] { "2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "10000-01-01", "2025-9-4", "04-09-2025", "2025/09/04", "2025-09-04T10:00", "2025-09-04Z", "", " 2025-09-04", "20250904", "2025-W36-4", "yesterday" })
        {
            Set("date", dateSigned, date, "date");
        }

        Set("date", dateSigned, 20250904, "date");

        string[] zone = ["document", "timeZone"];
        foreach (var id in new[] { "Europe/Amsterdm", "", "Europe/Amsterdam ", "UTC+1", "+01:00", "Mars/Olympus", "Europe/Amsterdam/Centrum", "Europe\\Amsterdam" })
        {
            Set("zone", zone, id, "time-zone");
        }

        Set("zone", zone, 1, "time-zone");

        string[] deadline = ["breach", "deadline"];
        foreach (var (period, reason) in new[]
        {
            ("P1M2D", "single unit"), ("P1Y1M", "single unit"), ("P1W2D", "single unit"), ("PT24H30M", "single unit"), ("P1DT2H", "single unit"),
            ("P-1M", "must not be negative"), ("-P1M", "period"), ("PT-24H", "must not be negative"),
            ("PT30M", "whole hours"), ("PT90S", "whole hours"), ("P1.5M", "whole number"), ("P0,5D", "whole number"),
            ("P", "period"), ("PT", "period"), ("1M", "period"), ("p1m", "period"), ("", "period"), ("P1X", "period"),
            ("P99999Y", "must not exceed"), ("PT99999999H", "must not exceed"), ("P1M ", "period"), ("P1234567890123456789D", "period"),
        })
        {
            Set("period", deadline, period, reason);
        }

        Set("period", deadline, 24, "period");

        Set("enum", ["document", "status"], "Executed", "Expected one of");
        Set("enum", ["document", "status"], "signed", "Expected one of");
        Set("enum", ["document", "status"], 2, "Expected one of");
        Set("enum", ["document", "countingConvention"], "eu118271", "Expected one of");
        Set("enum", ["document", "countingConvention"], "Contract", "Expected one of");

        string[] country = ["parties", "processor", "country"];
        foreach (var code in new[] { "nl", "NLD", "N1", "", "N", "\u00d1L" })
        {
            Set("country", country, code, "country code");
        }

        string[] cap = ["liability", "cap", "maximum"];
        Set("money", cap, new JsonObject { ["amount"] = -1, ["currency"] = "EUR" }, "must not be negative");
        Set("money", cap, new JsonObject { ["amount"] = "15000", ["currency"] = "EUR" }, "Expected the amount as a number");
        Set("money", cap, new JsonObject { ["amount"] = JsonNode.Parse("1e400"), ["currency"] = "EUR" }, "The amount is too large");
        Set("money", cap, new JsonObject { ["amount"] = 15000, ["currency"] = "eur" }, "ISO 4217");
        Set("money", cap, new JsonObject { ["amount"] = 15000, ["currency"] = "EURO" }, "ISO 4217");
        Set("money", cap, new JsonObject { ["amount"] = 15000 }, "'currency' is missing");
        Set("money", cap, new JsonObject { ["currency"] = "EUR" }, "'amount' is missing");
        Set("money", cap, 15000, "Expected an amount of money");

        Set("count", ["endOfProcessing", "backups", "tiers"], new JsonArray(new JsonObject { ["frequency"] = "daily", ["count"] = -1 }), "must not be negative");
        Set("count", ["endOfProcessing", "backups", "tiers"], new JsonArray(new JsonObject { ["frequency"] = "daily", ["count"] = 1.5 }), "whole number");
        Set("count", ["endOfProcessing", "backups", "tiers"], new JsonArray(new JsonObject { ["frequency"] = "daily", ["count"] = 3_000_000_000 }), "whole number");

        Set("text", ["document", "title"], "", "must not be empty");
        Set("text", ["document", "title"], " \t ", "must not be empty");
        Set("text", ["document", "title"], new JsonObject(), "'placeholder' is missing");
        Set("text", ["document", "title"], new JsonObject { ["placeholder"] = null }, "placeholder as a string");
        Set("text", ["document", "title"], new JsonObject { ["placeholder"] = "[X]", ["text"] = "y" }, "Unknown property");
        Set("text", ["document", "title"], new JsonArray("a"), "Expected a string");

        Set("null", ["processing"], null, "must not be null");
        Set("null", ["document"], null, "must not be null");
        Set("null", ["processing", "nature"], new JsonArray("a", null), "must not be null");
        Set("null", ["parties", "controllers"], new JsonArray((JsonNode?)null), "must not be null");
        Set("null", ["document", "status"], null, "must not be null");

        Set("version", ["formatVersion"], 2, "not supported");
        Set("version", ["formatVersion"], 0, "not supported");
        Set("version", ["formatVersion"], -1, "not supported");
        Set("version", ["formatVersion"], 1.5, "not supported");
        Set("version", ["formatVersion"], JsonNode.Parse("99999999999999999999"), "not supported");
        Set("version", ["formatVersion"], "1", "whole number");
        Set("version", ["formatVersion"], null, "whole number");
    }

    /// <summary>Documents that are not one JSON object, or not JSON at all, and required members left out.</summary>
    private static void Structure(List<CorpusCase> cases)
    {
        var n = 0;
        void Add(string text, string path, string reason) =>
            cases.Add(new CorpusCase(Name("structure", ++n), Encoding.UTF8.GetBytes(text), path, reason, 0));

        Add(string.Empty, "$", "empty");
        Add(" \n\t\r\n", "$", "empty");
        Add("\uFEFF", "$", "empty");
        Add("[]", "$", "must be a JSON object");
        Add("null", "$", "must be a JSON object");
        Add("\"agreement\"", "$", "must be a JSON object");
        Add("1", "$", "must be a JSON object");
        Add("{}", "$", "'formatVersion' is missing");
        Add("{\"formatVersion\": 1}", "$", "required propert");
        Add(BaseText + "{}", "$", "more content");
        Add(BaseText + "x", "$", "more content");
        Add(BaseText.Replace("\"formatVersion\": 1,", "// comment\n  \"formatVersion\": 1,", StringComparison.Ordinal), "$", "malformed");
        Add(BaseText.Replace("\"formatVersion\": 1,", "'formatVersion': 1,", StringComparison.Ordinal), "$", "malformed");
        Add(BaseText.Replace("\"formatVersion\": 1,", "formatVersion: 1,", StringComparison.Ordinal), "$", "malformed");
        Add(BaseText.Replace("\"formatVersion\": 1,", "\"formatVersion\": NaN,", StringComparison.Ordinal), "$", "malformed");
        Add(BaseText.Replace("\"status\": \"executed\",", "\"status\": \"executed\",,", StringComparison.Ordinal), "$.document", "malformed");
        Add(BaseText.Replace("\"status\": \"executed\",", "\"status\": \"exec\nuted\",", StringComparison.Ordinal), "$.document.status", "malformed");
        Add(BaseText.Replace("\"version\": \"2.0\",", "\"version\": \"2.0\", \"x\" 1,", StringComparison.Ordinal), "$.document", "malformed");
        Add(BaseText.Replace("\"status\": \"executed\",", "\"status\": \"\\q\",", StringComparison.Ordinal), "$.document.status", "malformed");
        Add(BaseText[..BaseText.LastIndexOf('}')] + ",}", "$", "malformed");

        foreach (var (steps, reason) in new (string[] Steps, string Reason)[]
        {
            (["formatVersion"], "'formatVersion' is missing"),
            (["document"], "'document' is missing"),
            (["parties"], "'parties' is missing"),
            (["document", "status"], "'status' is missing"),
            (["parties", "processor"], "'processor' is missing"),
        })
        {
            var root = JsonNode.Parse(BaseText)!;
            var parent = root;
            foreach (var step in steps[..^1])
            {
                parent = parent[step]!;
            }

            ((JsonObject)parent).Remove(steps[^1]);
            Add(Write(root), PathOf([.. steps[..^1]]), reason);
        }
    }

    /// <summary>Arrays and objects nested 10,000 levels deep, in place of a member of the base example.</summary>
    private static void Nesting(List<CorpusCase> cases)
    {
        const int Levels = 10_000;
        var arrays = new string('[', Levels) + new string(']', Levels);
        var objects = string.Concat(Enumerable.Repeat("{\"a\":", Levels)) + "1" + new string('}', Levels);
        var title = "\"title\": \"Verwerkersovereenkomst T.S.D. The Software Desk B.V. (Planning.nl)\",";
        cases.Add(new CorpusCase("nesting-001.json", Encoding.UTF8.GetBytes(BaseText.Replace(title, "\"title\": " + arrays + ",", StringComparison.Ordinal)), "$.document.title", "nested more than", 5));
        cases.Add(new CorpusCase("nesting-002.json", Encoding.UTF8.GetBytes(BaseText.Replace(title, "\"title\": " + objects + ",", StringComparison.Ordinal)), "$.document.title", "nested more than", 5));
        cases.Add(new CorpusCase("nesting-003.json", Encoding.UTF8.GetBytes(arrays), "$", "must be a JSON object", 1));
        cases.Add(new CorpusCase("nesting-004.json", Encoding.UTF8.GetBytes("{\"formatVersion\": 1, \"x\": " + objects + "}"), "$.x", "nested more than", 1));
    }

    /// <summary>Bytes that are not UTF-8 in values and property names, and escapes of lone surrogates.</summary>
    private static void InvalidUtf8(List<CorpusCase> cases)
    {
        var n = 0;
        var text = BaseText;
        const string Title = "\"Verwerkersovereenkomst T.S.D. The Software Desk B.V. (Planning.nl)\"";
        // Inside the title's value, the name "title" (the document's first member) and the name "version" (its second, so an
        // error in it must name the document, not the member before it).
        var places = new[] { (Title, "$.document.title", 5), ("\"title\"", "$.document", 5), ("\"version\"", "$.document", 6) };
        void Add(byte[] bad, int place, string path, string reason)
        {
            var at = text.IndexOf(places[place].Item1, StringComparison.Ordinal) + 1;
            var before = Encoding.UTF8.GetBytes(text[..at]);
            var after = Encoding.UTF8.GetBytes(text[at..]);
            cases.Add(new CorpusCase(Name("utf8", ++n), [.. before, .. bad, .. after], path, reason, places[place].Item3, Exact: true));
        }

        for (var place = 0; place < places.Length; place++)
        {
            var path = places[place].Item2;
            Add([0xFF], place, path, "UTF-8");
            Add([0xC0, 0xAF], place, path, "UTF-8");
            Add([0xED, 0xA0, 0x80], place, path, "UTF-8");
            Add([0xE2, 0x82], place, path, "UTF-8");
            Add([0xF4, 0x90, 0x80, 0x80], place, path, "UTF-8");
            Add([0x80], place, path, "UTF-8");
            Add(Encoding.ASCII.GetBytes("\\uD800"), place, path, "escape");
            Add(Encoding.ASCII.GetBytes("\\uDC00x"), place, path, "escape");
        }

        var outside = Encoding.UTF8.GetBytes(text);
        var colon = text.IndexOf("\"status\":", StringComparison.Ordinal) + "\"status\":".Length;
        cases.Add(new CorpusCase(Name("utf8", ++n), [.. outside[..colon], 0xFF, .. outside[colon..]], "$.document.status", "malformed", 0, Exact: true));
    }

    public static string Write(JsonNode node) => node.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static string Name(string category, int n) => string.Create(CultureInfo.InvariantCulture, $"{category}-{n:D3}.json");

    private static int LineOf(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? 0 : text.AsSpan(0, at).Count('\n') + 1;
    }

    private static IEnumerable<(List<object> Steps, JsonNode Node)> Walk(JsonNode node, List<object> steps)
    {
        yield return (steps, node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                    {
                        foreach (var item in Walk(child, [.. steps, name]))
                        {
                            yield return item;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        foreach (var item in Walk(child, [.. steps, i]))
                        {
                            yield return item;
                        }
                    }
                }

                break;
            default:
                break;
        }
    }

    private static JsonNode Navigate(JsonNode root, List<object> steps)
    {
        var node = root;
        foreach (var step in steps)
        {
            node = step is int index ? node[index]! : node[(string)step]!;
        }

        return node;
    }

    private static void Replace(JsonNode root, List<object> steps, JsonNode value)
    {
        var parent = Navigate(root, steps[..^1]);
        if (steps[^1] is int index)
        {
            parent[index] = value;
        }
        else
        {
            parent[(string)steps[^1]] = value;
        }
    }

    /// <summary>Formats steps as a JSON path (RFC 9535): <c>.name</c> for plain names, <c>['$schema']</c> otherwise, <c>[i]</c>.</summary>
    public static string PathOf(IEnumerable<object> steps)
    {
        var path = new StringBuilder("$");
        foreach (var step in steps)
        {
            if (step is int index)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                var name = (string)step;
                path.Append(name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_') ? "." + name : "['" + name + "']");
            }
        }

        return path.ToString();
    }
}

/// <summary>One malformed document and what the reader must say about it.</summary>
/// <param name="File">The file name in the corpus.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Path">The prefix of the JSON path the error must name.</param>
/// <param name="Reason">A fragment of the reason.</param>
/// <param name="Line">The 1-based line the error must name, or 0 when the mutation does not fix it.</param>
/// <param name="Committed">Whether the file is committed; the others are only checked in memory, to keep the repository small.</param>
/// <param name="Exact">Whether the error must name exactly <paramref name="Path"/> rather than a path below it.</param>
internal sealed record CorpusCase(string File, byte[] Content, string Path, string Reason, int Line, bool Committed = true, bool Exact = false);
