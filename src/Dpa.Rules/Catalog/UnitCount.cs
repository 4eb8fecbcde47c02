using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog;

/// <summary>A computed amount of time for a message, such as the hours a deadline leaves or the days between two dates,
/// written for people in the message's language: <c>24 hours</c>, <c>1 day</c>; Dutch <c>24 uur</c>, <c>1 dag</c>.</summary>
/// <remarks><para>Unlike a <see cref="ContractualPeriod"/>, whose count is bounded to what an agreement may state, a computed
/// amount can be any whole number (a gap between dates near the end of the calendar). Created only where a rule reports;
/// immutable and thread-safe.</para></remarks>
internal sealed class UnitCount : IFormattable
{
    private readonly long _count;
    private readonly PeriodUnit _unit;

    private UnitCount(long count, PeriodUnit unit)
    {
        _count = count;
        _unit = unit;
    }

    /// <summary>Creates an amount in hours.</summary>
    /// <param name="count">The number of hours.</param>
    public static UnitCount Hours(long count) => new(count, PeriodUnit.Hours);

    /// <summary>Creates an amount in days.</summary>
    /// <param name="count">The number of days.</param>
    public static UnitCount Days(long count) => new(count, PeriodUnit.Days);

    /// <summary>Formats the amount in the language of <paramref name="formatProvider"/>.</summary>
    /// <param name="format">Ignored: an amount has a single form.</param>
    /// <param name="formatProvider">The message's culture; <see langword="null"/> for the current culture.</param>
    public string ToString(string? format, IFormatProvider? formatProvider) => PeriodText.Format(_count, _unit, formatProvider);

    /// <summary>Formats the amount in English.</summary>
    public override string ToString() => ToString(null, System.Globalization.CultureInfo.InvariantCulture);
}
