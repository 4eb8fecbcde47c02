using Dpa.Rules.Serialization;
using Dpa.Rules.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Dpa.Rules.Tests.Generators;

/// <summary>Saved agreements with damage: text removed, JSON fragments inserted, or a line repeated.</summary>
/// <remarks><para>Most results are invalid in one place; some stay valid (an inserted space, a repeated array element),
/// and some are valid only in a different way (an inserted member or <c>null</c>), which is what readers must tell apart.</para></remarks>
public static class DamagedJson
{
    private static readonly string[] Insertions =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "-1", "0", "1.5", "1e400", "true", "\"P1M2D\"", "\"\"", " ", "\\u", "\\u0041", "\u00e9",
        "\"x\":1,", "\"title\":\"T\",", "\"status\":\"draft\",", "{\"placeholder\":\"\"}",
    ];

    /// <summary>Gets a damaged document.</summary>
    public static Gen<string> Document =>
        from agreement in AgreementGenerators.Agreement
        let json = AgreementJson.ToJson(agreement)
        from position in Gen.Choose(0, json.Length - 1)
        from length in Gen.Choose(1, 12)
        from insertion in Gen.Elements(Insertions)
        from kind in Gen.Choose(0, 3)
        select kind switch
        {
            0 => json.Remove(position, Math.Min(length, json.Length - position)),
            1 => json.Insert(position, insertion),
            2 => json.Remove(position, Math.Min(length, json.Length - position)).Insert(position, insertion),
            _ => RepeatLine(json, position),
        };

    // Repeats one line: a member twice in the same object, or an array element twice.
    private static string RepeatLine(string json, int position)
    {
        var start = json.LastIndexOf('\n', position) + 1;
        var end = json.IndexOf('\n', position);
        return end < 0 ? json : json.Insert(start, json[start..(end + 1)]);
    }
}
