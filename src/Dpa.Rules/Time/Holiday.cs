using System.Diagnostics;
using System.Globalization;
using Dpa.Rules.Utility;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>A public holiday on a given date: its English and local names and why it counts.</summary>
/// <remarks>
/// <para>An immutable value; the names of the built-in calendars are interned literals, so looking a holiday up
/// allocates nothing.</para>
/// </remarks>
public readonly struct Holiday : IEquatable<Holiday>
{
    /// <summary>Creates a holiday.</summary>
    /// <param name="date">The date of the holiday.</param>
    /// <param name="name">The English name, e.g. <c>Easter Monday</c>.</param>
    /// <param name="localName">The name in the calendar's own language, e.g. <c>Tweede paasdag</c>.</param>
    /// <param name="kind">Why the day counts as a holiday.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="localName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public Holiday(LocalDate date, string name, string localName, HolidayKind kind)
    {
        Date = date;
        _name = Preconditions.CheckNotBlank(name);
        _localName = Preconditions.CheckNotBlank(localName);
        Kind = Preconditions.CheckDefined(kind);
    }

    /// <summary>Creates a holiday from the built-in calendars' own constants, without re-validating them on the lookup path.</summary>
    internal Holiday(LocalDate date, string name, string localName, HolidayKind kind, bool trusted)
    {
        Debug.Assert(trusted && !string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(localName), "Built-in names are never blank.");
        Date = date;
        _name = name;
        _localName = localName;
        Kind = kind;
    }

    private readonly string? _name;
    private readonly string? _localName;

    /// <summary>Gets the date of the holiday.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the English name; empty only for the default value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets the name in the calendar's own language; empty only for the default value.</summary>
    public string LocalName => _localName ?? string.Empty;

    /// <summary>Gets why the day counts as a holiday.</summary>
    public HolidayKind Kind { get; }

    /// <inheritdoc />
    public bool Equals(Holiday other) =>
        Date == other.Date && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(LocalName, other.LocalName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Holiday other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Kind, StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>Formats the holiday as its date and English name, e.g. <c>2025-04-21 Easter Monday</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date:uuuu-MM-dd} {Name}");

    /// <summary>Compares two holidays for equality of date, names and kind.</summary>
    public static bool operator ==(Holiday left, Holiday right) => left.Equals(right);

    /// <summary>Compares two holidays for inequality.</summary>
    public static bool operator !=(Holiday left, Holiday right) => !left.Equals(right);
}
