using System.CommandLine;
using System.CommandLine.Parsing;

namespace Dpa.Rules.Cli;

/// <summary>Turns what the parser could not place into usage errors that say what was meant: an unknown option (<c>--asof</c>,
/// <c>--fromat</c>, <c>-x</c>) or command (<c>valdate</c>) is exit code 2 with a "did you mean" suggestion, never a file name.</summary>
/// <remarks><para>System.CommandLine hands a token that looks like an option to a command's argument when the argument takes it
/// (<c>validate &lt;file&gt;...</c> would read <c>--asof</c> as a file). Every token that starts with <c>-</c> (other than
/// <c>-</c> itself, standard input) and stands before a <c>--</c> is an option, so one the command does not have is an error;
/// after <c>--</c> it is an argument, as in <c>dpa-rules validate -- -odd-name.json</c>.</para></remarks>
internal static class UsageErrors
{
    /// <summary>Gets the tokens that look like options but name none of the command's.</summary>
    public static IReadOnlyList<string> UnknownOptions(ParseResult parse)
    {
        var afterDoubleDash = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var seen = false;
        foreach (var token in parse.Tokens)
        {
            if (seen)
            {
                afterDoubleDash.Add(token);
            }

            seen |= token.Type == TokenType.DoubleDash;
        }

        var unknown = new List<string>();
        foreach (var child in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            unknown.AddRange(child.Tokens.Where(token => !afterDoubleDash.Contains(token) && LooksLikeOption(token.Value)).Select(token => token.Value));
        }

        unknown.AddRange(parse.UnmatchedTokens.Where(LooksLikeOption));
        return [.. unknown.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets the messages for stderr: the unknown options and commands with suggestions first, then the parser's other errors.</summary>
    public static IEnumerable<string> Messages(ParseResult parse, IReadOnlyList<string> unknownOptions)
    {
        var command = parse.CommandResult.Command;
        var name = CommandName(parse.CommandResult);
        foreach (var option in unknownOptions)
        {
            var names = OptionNames(parse.CommandResult).ToList();
            yield return Suggest(option, names) is { } suggestion
                ? $"Unknown option '{option}' for '{name}'. Did you mean '{suggestion}'?"
                : $"Unknown option '{option}' for '{name}'. Its options are {string.Join(", ", names.Where(n => n.StartsWith("--", StringComparison.Ordinal)))}; '{name} --help' explains them.";
        }

        // A command where the root expects one: the first token the root could not place.
        var unknownCommand = command is RootCommand && parse.UnmatchedTokens.FirstOrDefault(token => !LooksLikeOption(token)) is { } first ? first : null;
        if (unknownCommand is not null)
        {
            var commands = command.Subcommands.Select(c => c.Name).ToList();
            yield return Suggest(unknownCommand, commands) is { } suggestion
                ? $"Unknown command '{unknownCommand}'. Did you mean '{suggestion}'?"
                : $"Unknown command '{unknownCommand}'. The commands are {string.Join(", ", commands)}; 'dpa-rules --help' explains them.";
        }

        var reported = unknownOptions.Count > 0 || unknownCommand is not null;
        foreach (var parseError in parse.Errors)
        {
            // The parser's "Unrecognized command or argument" for what is reported above, and for the values that followed an
            // unknown option (its value is no argument of its own), would only repeat the same mistake.
            if (reported && parse.UnmatchedTokens.Any(token => parseError.Message.Contains($"'{token}'", StringComparison.Ordinal)))
            {
                continue;
            }

            yield return parseError.Message;
        }
    }

    // "-" alone is standard input; a negative number is not an option either.
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]);

    private static string CommandName(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is CommandResult command; current = current.Parent)
        {
            names.Add(command.Command is RootCommand ? "dpa-rules" : command.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is CommandResult command; current = current.Parent)
        {
            foreach (var option in command.Command.Options.Where(o => current == result || o.Recursive))
            {
                names.Add(option.Name);
                names.AddRange(option.Aliases);
            }
        }

        return names.Distinct(StringComparer.Ordinal);
    }

    /// <summary>The candidate that was meant, if one is close enough: the only one the typed word begins, else the closest by
    /// edit distance (with transpositions) when that is at most a third of the word, and at least one; words of three letters
    /// or more only.</summary>
    internal static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        // A unique option the typed text begins ("--ended" for "--ended-on") is what was meant, however far it is.
        var extensions = candidates.Where(c => c.Length > typed.Length && c.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.TrimStart('-').Length >= 3).ToList();
        if (extensions.Count == 1)
        {
            return extensions[0];
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A word of one or two letters ("-x") is as close to any short option as to another: no guess then.
        var word = typed.TrimStart('-');
        return best is not null && word.Length >= 3 && bestDistance <= Math.Max(1, word.Length / 3) ? best : null;
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours ("fromat") cost one.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
