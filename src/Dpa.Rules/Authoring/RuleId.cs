using System.Diagnostics.CodeAnalysis;

namespace Dpa.Rules.Authoring;

/// <summary>A rule id: <c>DPA</c> followed by four digits, the first of which is the <see cref="RuleCategory"/>.</summary>
/// <remarks><para>Ids are permanent: never reused or renumbered (<c>docs/rules/RulesReleases.Shipped.md</c>). Immutable.</para></remarks>
public readonly struct RuleId : IEquatable<RuleId>, IComparable<RuleId>
{
    private readonly short _number;

    /// <summary>The first number within a category (<c>n900</c>) reserved for host applications' own rules.</summary>
    internal const int FirstHostNumberInCategory = 900;

    private RuleId(int number) => _number = (short)number;

    /// <summary>Gets the four-digit number (0–9999).</summary>
    public int Number => _number;

    /// <summary>Gets the category encoded in the first digit.</summary>
    public RuleCategory Category => (RuleCategory)(_number / 1000);

    /// <summary>Parses an id such as <c>DPA4004</c>.</summary>
    /// <param name="text">The id.</param>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>DPA</c> and four digits.</exception>
    public static RuleId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var id)
            ? id
            : throw new FormatException($"'{text}' is not a rule id: expected 'DPA' followed by four digits, such as 'DPA4004'.");
    }

    /// <summary>Tries to parse an id such as <c>DPA4004</c> (upper case, exactly four digits).</summary>
    /// <param name="text">The id.</param>
    /// <param name="id">The parsed id.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out RuleId id)
    {
        id = default;
        if (text is not { Length: 7 } || !text.StartsWith("DPA", StringComparison.Ordinal))
        {
            return false;
        }

        var number = 0;
        for (var i = 3; i < 7; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            number = (number * 10) + (text[i] - '0');
        }

        id = new RuleId(number);
        return true;
    }

    /// <summary>Returns the id as <c>DPA</c> and four digits.</summary>
    public override string ToString() => string.Create(7, _number, static (span, n) =>
    {
        "DPA".CopyTo(span);
        for (var i = 6; i >= 3; i--)
        {
            span[i] = (char)('0' + (n % 10));
            n /= 10;
        }
    });

    /// <inheritdoc />
    public bool Equals(RuleId other) => _number == other._number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _number;

    /// <inheritdoc />
    public int CompareTo(RuleId other) => _number.CompareTo(other._number);

    /// <summary>Compares two ids for equality.</summary>
    public static bool operator ==(RuleId left, RuleId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    public static bool operator !=(RuleId left, RuleId right) => !left.Equals(right);

    /// <summary>Orders ids numerically.</summary>
    public static bool operator <(RuleId left, RuleId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids numerically.</summary>
    public static bool operator >(RuleId left, RuleId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids numerically.</summary>
    public static bool operator <=(RuleId left, RuleId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids numerically.</summary>
    public static bool operator >=(RuleId left, RuleId right) => left.CompareTo(right) >= 0;
}
