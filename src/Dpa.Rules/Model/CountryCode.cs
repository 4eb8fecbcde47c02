using System.Diagnostics.CodeAnalysis;

namespace Dpa.Rules.Model;

/// <summary>An ISO 3166-1 alpha-2 country code (<c>NL</c>, <c>US</c>); the EU's <c>EL</c> for Greece is accepted too.</summary>
/// <remarks><para>Only the form is checked here (two upper-case ASCII letters); which countries are in the EEA or have an
/// adequacy decision is law, kept with the rules that apply it (GDPR Arts. 44–45). Immutable and thread-safe.</para>
/// <para>As a location, the ISO 3166-1 exceptionally reserved code <c>EU</c> means "somewhere in the European Union", for
/// an agreement that names the region rather than a member state ("Verwerkingsland EU"); the transfer rules treat it as
/// inside the EU and the EEA (no transfer under GDPR Art. 44), but not as inside any one member state.</para></remarks>
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>
{
    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>Gets the two-letter code; the default value of this struct is <c>ZZ</c> (unknown).</summary>
    public string Value => _value ?? "ZZ";

    /// <summary>Parses a two-letter upper-case code.</summary>
    /// <param name="code">The code, e.g. <c>NL</c>.</param>
    /// <exception cref="FormatException"><paramref name="code"/> is not two upper-case ASCII letters.</exception>
    public static CountryCode Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var result)
            ? result
            : throw new FormatException("A country must be an ISO 3166-1 alpha-2 code of two upper-case letters, such as 'NL'.");
    }

    /// <summary>Tries to parse a two-letter upper-case code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="result">The parsed code.</param>
    public static bool TryParse([NotNullWhen(true)] string? code, out CountryCode result)
    {
        if (code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]))
        {
            result = new CountryCode(string.IsInterned(code) ?? code);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>The Netherlands.</summary>
    public static CountryCode Netherlands { get; } = new("NL");

    /// <summary>The United States.</summary>
    public static CountryCode UnitedStates { get; } = new("US");

    /// <inheritdoc />
    public bool Equals(CountryCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the two-letter code.</summary>
    public override string ToString() => Value;

    /// <summary>Compares two codes for equality.</summary>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes alphabetically.</summary>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;
}
