using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Dpa.Rules.Serialization;

/// <summary>Renders an error kind and its arguments as the English reason of a <see cref="JsonFormatException"/>: the one
/// place the wording of format errors lives.</summary>
internal static class JsonFormatErrorText
{
    private const int MaxQuotedName = 80;

    public static string Render(JsonFormatErrorKind kind, ImmutableArray<string> arguments)
    {
        var args = arguments.IsDefault ? [] : arguments;
        string Arg(int i) => i < args.Length ? args[i] : "?";
        return kind switch
        {
            JsonFormatErrorKind.DocumentTooLarge => $"The document is larger than the limit of {Arg(0)} MiB.",
            JsonFormatErrorKind.Empty => "The document is empty.",
            JsonFormatErrorKind.NotAnObject => "The document must be a JSON object.",
            JsonFormatErrorKind.InvalidUtf8 => "The text is not valid UTF-8.",
            JsonFormatErrorKind.UnpairedSurrogate => "The text contains an unpaired UTF-16 surrogate, which is not a character and cannot be stored.",
            JsonFormatErrorKind.InvalidEscape =>
                "The JSON is malformed: a string has an invalid escape sequence (such as '\\q', or a lone UTF-16 surrogate such as '\\uD800').",
            JsonFormatErrorKind.Malformed => "The JSON is malformed: unexpected " + Unexpected(Arg(0))
                + (args.Length > 1 ? " in a string; a control character must be escaped, such as '\\n' for a line break." : "."),
            JsonFormatErrorKind.CommentNotAllowed => "The JSON is malformed: comments are not allowed in JSON.",
            JsonFormatErrorKind.TrailingComma =>
                "The JSON is malformed: a comma must not follow the last member of an object or the last element of an array.",
            JsonFormatErrorKind.Truncated => "The JSON ends before the document is complete: an object, array or string is not closed.",
            JsonFormatErrorKind.TrailingContent => "There is more content after the end of the document's JSON object.",
            JsonFormatErrorKind.TooDeep => $"Objects and arrays are nested more than {Arg(0)} levels deep.",
            JsonFormatErrorKind.StringTooLong => $"A string is longer than the limit of {Arg(0)} KiB.",
            JsonFormatErrorKind.DuplicateProperty => $"The property '{Name(Arg(0))}' appears more than once in the same object.",
            JsonFormatErrorKind.UnknownProperty => $"Unknown property '{Name(Arg(0))}'"
                + (args.Length > 1 ? ": this object has only " + List(args[1..], "and") : string.Empty) + ".",
            JsonFormatErrorKind.InvalidPropertyName => $"'{Name(Arg(0))}' is not {Phrase(Arg(1))}"
                + (args.Length > 2 ? " (" + string.Join(", ", args[2..]) + ")" : string.Empty) + ".",
            JsonFormatErrorKind.MissingProperty => args.Length > 1
                ? $"The required properties {List(args, "and")} are missing."
                : $"The required property '{Name(Arg(0))}' is missing.",
            JsonFormatErrorKind.NullNotAllowed => args.Length == 0
                ? "An element of this array must not be null."
                : $"'{Name(Arg(0))}' must not be null.",
            JsonFormatErrorKind.NullInsteadOfOmitted => $"'{Name(Arg(0))}' must not be null; leave it out when the document does not state it.",
            JsonFormatErrorKind.WrongType => args.Length > 1
                ? $"Expected '{Name(args[1])}' as {Phrase(Arg(0))}."
                : $"Expected {Phrase(Arg(0))}.",
            JsonFormatErrorKind.InvalidValue => Invalid(args),
            JsonFormatErrorKind.NotOneOf => "Expected one of: " + string.Join(", ", args.Select(a => "'" + a + "'")) + ".",
            JsonFormatErrorKind.UnsupportedVersion =>
                $"Format version {Arg(0)} is not supported: this version of Dpa.Rules reads '{Arg(1)}': {Arg(2)}.",
            JsonFormatErrorKind.ModelRule => Arg(0),
            _ => "The JSON is not valid for its format.",
        };
    }

    /// <summary>Shortens a property name for a message (names are not limited below 1 MiB).</summary>
    public static string Name(string name) => name.Length <= MaxQuotedName ? name : name[..MaxQuotedName] + "…";

    private static string List(ImmutableArray<string> names, string conjunction)
    {
        var quoted = names.Select(n => "'" + Name(n) + "'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " " + conjunction + " " + quoted[^1];
    }

    private static string Phrase(string expected) => expected switch
    {
        JsonExpected.Boolean => "true or false",
        JsonExpected.Integer => "a whole number",
        JsonExpected.Number => "a number",
        JsonExpected.String => "a string",
        JsonExpected.Object => "an object",
        JsonExpected.Array => "an array",
        JsonExpected.Text => "a string, or an object { \"placeholder\": \"...\" } for a blank to fill in",
        JsonExpected.Placeholder => "the placeholder as a string (it may be empty)",
        JsonExpected.Period => "a period as an ISO-8601 string such as 'P1M', 'P60D', 'P2W', 'P1Y' or 'PT24H'",
        JsonExpected.Date => "a date as a string such as '2025-09-04' (YYYY-MM-DD)",
        JsonExpected.TimeZone => "a TZDB time-zone id such as 'Europe/Amsterdam'",
        JsonExpected.CountryCode => "an ISO 3166-1 alpha-2 country code of two upper-case letters, such as 'NL'",
        JsonExpected.CurrencyCode => "an ISO 4217 currency code of three upper-case letters, such as 'EUR'",
        JsonExpected.Money => "an amount of money as an object { \"amount\": 15000, \"currency\": \"EUR\" }",
        JsonExpected.Amount => "the amount as a number",
        JsonExpected.Count => "a whole number",
        JsonExpected.RuleId => "a rule id: 'DPA' followed by four digits, such as 'DPA4004'",
        JsonExpected.RuleCategory => "a rule category",
        JsonExpected.Severity => "a severity: 'none' (disables), 'info', 'warning' or 'error'",
        JsonExpected.Justification => "a justification: why the finding is accepted",
        JsonExpected.Clauses => "an object that maps members of this object (or '*' for all of them) to the clauses they come from, such as { \"deadline\": [\"7.1\"] }",
        JsonExpected.ClauseList => "a non-empty array of clause references such as [\"7.1\", \"Bijlage 2\"]",
        JsonExpected.Clause => "a clause reference as a non-blank string, such as '7.1' or 'Bijlage 2'",
        _ => "a valid value here",
    };

    private static string Invalid(ImmutableArray<string> args)
    {
        if (args.IsEmpty)
        {
            return "The value is not valid here.";
        }

        return args[0] switch
        {
            JsonExpected.Text => "A stated text must not be empty or white space; write { \"placeholder\": \"\" } for a blank field.",
            JsonExpected.Justification => "A justification is required: say why the finding is accepted.",
            JsonExpected.TimeZone => "Unknown time-zone id; expected " + Phrase(JsonExpected.TimeZone) + ".",
            JsonExpected.Amount => args.Length > 1
                ? "The amount is too large: an amount has at most 28 digits before the decimal point."
                : "An amount must not be negative.",
            JsonExpected.Count => "A count must not be negative.",
            JsonExpected.RuleId => "Expected " + Phrase(JsonExpected.RuleId) + ".",
            JsonExpected.Date => "Not a valid date: " + args.Length switch
            {
                2 => $"the year {args[1]} is outside the calendar, which runs from -9998 to 9999.",
                3 => $"there is no month {args[2]}.",
                4 => $"{MonthName(args[2])} {args[1]} has no day {args[3]}.",
                _ => "expected a date such as '2025-09-04' (YYYY-MM-DD).",
            },
            _ => "Expected " + Phrase(args[0]) + ".",
        };
    }

    private static string MonthName(string month) =>
        int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12
            ? DateTimeFormatInfo.InvariantInfo.GetMonthName(number)
            : "month " + month;

    // "U+0078" is a character, "0xFF" a byte that is not UTF-8 (see JsonFormatErrorKind.Malformed).
    private static string Unexpected(string found)
    {
        if (found.Length > 2 && found[0] == 'U' && found[1] == '+'
            && int.TryParse(found.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar)
            && Rune.IsValid(scalar))
        {
            var rune = new Rune(scalar);
            return Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? "character " + found : "character '" + rune + "'";
        }

        return "byte " + found + ", which is not UTF-8";
    }
}
