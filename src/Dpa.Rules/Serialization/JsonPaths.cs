using System.Globalization;

namespace Dpa.Rules.Serialization;

/// <summary>Formats JSON path segments (RFC 9535) the way every reader and report of the library writes them.</summary>
internal static class JsonPaths
{
    /// <summary>Formats a property name as a path segment: <c>.name</c>, or <c>['odd name']</c>.</summary>
    public static string Member(string name)
    {
        // Shorthand names start with a letter or '_' and go on with letters, digits and '_'; others are bracketed, so '$schema'
        // is "['$schema']" wherever it is reported.
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!(char.IsAsciiLetter(c) || c == '_' || (i > 0 && char.IsAsciiDigit(c))))
            {
                return "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }

        return name.Length == 0 ? "['']" : "." + name;
    }

    /// <summary>Formats an array index as a path segment: <c>[3]</c>.</summary>
    public static string Index(int index) => "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
