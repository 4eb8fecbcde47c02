using System.Text;
using System.Text.RegularExpressions;

namespace Dpa.Rules.Cli;

/// <summary>Expands the file arguments of <c>validate</c>: a directory stands for every <c>*.json</c> file below it, a pattern
/// with <c>*</c>, <c>?</c> or <c>**</c> for the files it matches, <c>-</c> for standard input; <c>--exclude</c> patterns take files
/// out again. Files from one argument come in ordinal order of their paths, so the report is the same on every machine.</summary>
/// <remarks>
/// <para>Hand-written rather than Microsoft.Extensions.FileSystemGlobbing: the tool needs three wildcards, a directory walk that
/// does not follow symbolic links (no cycles) and skips hidden entries, and its own order; the package would add a dependency
/// for the same 80 lines and still leave the root splitting of absolute patterns and the order to us.</para>
/// <para>Patterns use <c>/</c> (and <c>\</c> on Windows): <c>*</c> and <c>?</c> match within one path segment, <c>**</c> any
/// number of directories. An exclusion pattern with a <c>/</c> is matched against the path below the directory or pattern base
/// (<c>drafts/**</c>), one without against the file name (<c>*.config.json</c>). Files named one by one are never excluded.</para>
/// </remarks>
internal static class InputPaths
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
        MatchType = MatchType.Simple,
    };

    /// <summary>Gets whether <paramref name="argument"/> is a pattern rather than a path.</summary>
    public static bool IsPattern(string argument) => argument.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Expands <paramref name="arguments"/>; an argument that matches nothing is named on <paramref name="error"/>.</summary>
    /// <returns>The files in order, and whether an argument matched no file.</returns>
    public static (List<string> Files, bool NothingMatched) Expand(IEnumerable<string> arguments, IReadOnlyList<string> excludes, TextWriter error)
    {
        var exclusions = excludes.Select(Exclusion.Create).ToList();
        var files = new List<string>();
        var nothingMatched = false;
        foreach (var argument in arguments)
        {
            if (argument == AgreementInput.StandardInput || (!IsPattern(argument) && !Directory.Exists(argument)))
            {
                files.Add(argument);
                continue;
            }

            var (root, pattern) = IsPattern(argument) ? Split(argument) : (argument, "**/*.json");
            var matched = Directory.Exists(root.Length == 0 ? "." : root)
                ? Match(root, pattern).Where(relative => !exclusions.Any(e => e.Excludes(relative))).Order(StringComparer.Ordinal).ToList()
                : [];
            if (matched.Count == 0)
            {
                nothingMatched = true;
                error.WriteLine(IsPattern(argument)
                    ? $"{argument}: matches no file{(exclusions.Count > 0 ? " that is not excluded" : string.Empty)}."
                    : $"{argument}: no *.json file below this directory{(exclusions.Count > 0 ? " that is not excluded" : string.Empty)}.");
                continue;
            }

            files.AddRange(matched.Select(relative => Join(root, relative)));
        }

        return (files, nothingMatched);
    }

    // "examples/**/0*.json" → ("examples", "**/0*.json"): the leading segments without wildcards are the directory to walk.
    private static (string Root, string Pattern) Split(string argument)
    {
        var segments = argument.Split(Separators());
        var first = Array.FindIndex(segments, IsPattern);
        var root = string.Join('/', segments[..first]);
        if (first > 0 && root.Length == 0)
        {
            root = "/";
        }

        return (root, string.Join('/', segments[first..]));
    }

    private static string Join(string root, string relative) =>
        root.Length == 0 ? relative : root.EndsWith('/') || root.EndsWith(Path.DirectorySeparatorChar) ? root + relative : root + "/" + relative;

    // Every file below root (paths relative to it, with '/') that the pattern matches.
    private static IEnumerable<string> Match(string root, string pattern)
    {
        var regex = ToRegex(pattern);
        var recursive = pattern.Contains("**", StringComparison.Ordinal) || pattern.Contains('/', StringComparison.Ordinal);
        var pending = new Stack<string>();
        pending.Push(string.Empty);
        while (pending.Count > 0)
        {
            var relativeDirectory = pending.Pop();
            var directory = Path.Combine(root.Length == 0 ? "." : root, relativeDirectory);
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", Walk))
            {
                var relative = relativeDirectory.Length == 0 ? entry.Name : relativeDirectory + "/" + entry.Name;
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    if (recursive)
                    {
                        pending.Push(relative);
                    }
                }
                else if (regex.IsMatch(relative))
                {
                    yield return relative;
                }
            }
        }
    }

    private static char[] Separators() => Path.DirectorySeparatorChar == '/' ? ['/'] : ['/', Path.DirectorySeparatorChar];

    /// <summary>Translates a glob into an anchored regular expression over '/'-separated relative paths.</summary>
    internal static Regex ToRegex(string pattern)
    {
        var text = new StringBuilder("^");
        var segments = pattern.Split(Separators());
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = segments[s];
            var last = s == segments.Length - 1;
            if (segment == "**")
            {
                // Any number of directories, none included; as the last segment, everything below.
                text.Append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }

            foreach (var c in segment)
            {
                text.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }

            if (!last)
            {
                text.Append('/');
            }
        }

        return new Regex(text.Append('$').ToString(), RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None));
    }

    private sealed record Exclusion(Regex Pattern, bool ByName)
    {
        public static Exclusion Create(string pattern) =>
            new(ToRegex(pattern), pattern.AsSpan().IndexOfAny(Separators()) < 0);

        public bool Excludes(string relative) => Pattern.IsMatch(ByName ? relative[(relative.LastIndexOf('/') + 1)..] : relative);
    }
}
