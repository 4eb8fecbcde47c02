using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Dpa.Rules.Utility;
using NodaTime;

namespace Dpa.Rules.Model;

/// <summary>A contractual period of a whole number of a single unit: <c>PT24H</c>, <c>P60D</c>, <c>P2W</c>, <c>P1M</c>, <c>P1Y</c>.</summary>
/// <remarks>
/// <para>Periods that mix units (<c>P1M2D</c>) are not representable: counting conventions treat months and days
/// differently (EU Regulation 1182/71 Art. 3(2)), so a mixed period has no single meaning. Negative periods are not
/// representable either. A count of zero means "immediately" (the event itself).</para>
/// <para>The count is bounded per unit (<see cref="MaxCount(PeriodUnit)"/>, roughly a century) so that every deadline
/// of every valid period is computable. This type is an immutable value and thread-safe.</para>
/// <para>Two text forms: <see cref="ToString()"/> is ISO-8601 (<c>PT48H</c>), the form of the agreement format, of facts
/// and of deadline explanations; the general format of <see cref="ToString(string?, IFormatProvider?)"/> is for people, in
/// the culture given (<c>48 hours</c>, Dutch <c>48 uur</c>). A message format renders a period passed as an argument the
/// second way (<c>string.Format(culture, "{0}", period)</c>), and so does string interpolation: write <c>{period:O}</c>
/// where the ISO form is meant.</para>
/// </remarks>
public readonly struct ContractualPeriod : IEquatable<ContractualPeriod>, IFormattable
{
    private readonly PeriodUnit _unit;

    private ContractualPeriod(int count, PeriodUnit unit)
    {
        Count = count;
        _unit = unit;
    }

    /// <summary>Gets the number of units, zero or more.</summary>
    public int Count { get; }

    /// <summary>Gets the unit. The default value of this struct is zero hours.</summary>
    public PeriodUnit Unit => _unit == 0 ? PeriodUnit.Hours : _unit;

    /// <summary>Creates a period of <paramref name="count"/> <paramref name="unit"/>.</summary>
    /// <param name="count">The number of units, from 0 to <see cref="MaxCount(PeriodUnit)"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or too large, or <paramref name="unit"/> is undefined.</exception>
    public static ContractualPeriod Of(int count, PeriodUnit unit)
    {
        Preconditions.CheckDefined(unit);
        Preconditions.CheckRange(count, 0, MaxCount(unit));
        return new ContractualPeriod(count, unit);
    }

    /// <summary>Creates a period in hours.</summary>
    /// <param name="count">The number of hours.</param>
    public static ContractualPeriod FromHours(int count) => Of(count, PeriodUnit.Hours);

    /// <summary>Creates a period in days.</summary>
    /// <param name="count">The number of days.</param>
    public static ContractualPeriod FromDays(int count) => Of(count, PeriodUnit.Days);

    /// <summary>Creates a period in weeks.</summary>
    /// <param name="count">The number of weeks.</param>
    public static ContractualPeriod FromWeeks(int count) => Of(count, PeriodUnit.Weeks);

    /// <summary>Creates a period in months.</summary>
    /// <param name="count">The number of months.</param>
    public static ContractualPeriod FromMonths(int count) => Of(count, PeriodUnit.Months);

    /// <summary>Creates a period in years.</summary>
    /// <param name="count">The number of years.</param>
    public static ContractualPeriod FromYears(int count) => Of(count, PeriodUnit.Years);

    /// <summary>Gets the largest count accepted for <paramref name="unit"/>: about one hundred years.</summary>
    /// <param name="unit">The unit.</param>
    public static int MaxCount(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Hours => 876_600,
        PeriodUnit.Days => 36_525,
        PeriodUnit.Weeks => 5_218,
        PeriodUnit.Months => 1_200,
        PeriodUnit.Years => 100,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Value is not a defined PeriodUnit."),
    };

    /// <summary>Gets whether the period is counted on the time line (hours) rather than in calendar days.</summary>
    public bool IsTimeBased => Unit == PeriodUnit.Hours;

    /// <summary>Gets the period as a NodaTime <see cref="Period"/> of the same single unit.</summary>
    public Period ToPeriod() => Unit switch
    {
        PeriodUnit.Hours => Period.FromHours(Count),
        PeriodUnit.Days => Period.FromDays(Count),
        PeriodUnit.Weeks => Period.FromWeeks(Count),
        PeriodUnit.Months => Period.FromMonths(Count),
        _ => Period.FromYears(Count),
    };

    /// <summary>Gets the approximate length in days, for comparing periods of different units (a month counts as 31 days, a year as 366).</summary>
    /// <remarks><para>An upper bound: use the deadline engine for real dates.</para></remarks>
    public double ApproximateMaximumDays => Unit switch
    {
        PeriodUnit.Hours => Count / 24.0,
        PeriodUnit.Days => Count,
        PeriodUnit.Weeks => Count * 7.0,
        PeriodUnit.Months => Count * 31.0,
        _ => Count * 366.0,
    };

    /// <summary>Parses an ISO-8601 single-unit duration such as <c>P1M</c> or <c>PT72H</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="FormatException">The text is not a single-unit, non-negative ISO-8601 period; the message says why.</exception>
    public static ContractualPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period, out var reason) ? period : throw new FormatException(reason);
    }

    /// <summary>Tries to parse an ISO-8601 single-unit duration such as <c>P1M</c> or <c>PT72H</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="period">The parsed period, or the default value.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out ContractualPeriod period) => TryParse(text, out period, out _);

    /// <summary>Tries to parse, giving a plain-English reason on failure.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out ContractualPeriod period, [NotNullWhen(false)] out string? reason)
    {
        period = default;
        if (text.Length < 3 || text[0] != 'P')
        {
            reason = "A period must be an ISO-8601 duration such as 'P1M', 'P60D', 'P2W', 'P1Y' or 'PT24H'.";
            return false;
        }

        var timePart = text[1] == 'T';
        var body = text[(timePart ? 2 : 1)..];
        if (body.Length > 0 && (body[0] == '-' || body[0] == '+'))
        {
            reason = body[0] == '-'
                ? "A period must not be negative."
                : "A period must be an ISO-8601 duration such as 'P1M', 'P60D', 'P2W', 'P1Y' or 'PT24H'.";
            return false;
        }

        var digits = 0;
        while (digits < body.Length && char.IsAsciiDigit(body[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == body.Length)
        {
            reason = "A period must be an ISO-8601 duration such as 'P1M', 'P60D', 'P2W', 'P1Y' or 'PT24H'.";
            return false;
        }

        if (body.Length > digits + 1)
        {
            reason = body[digits] is '.' or ','
                ? "A period must be a whole number of one unit."
                : "A period must use a single unit (hours, days, weeks, months or years), not a mix such as 'P1M2D'.";
            return false;
        }

        PeriodUnit? unit = (timePart, body[digits]) switch
        {
            (true, 'H') => PeriodUnit.Hours,
            (false, 'D') => PeriodUnit.Days,
            (false, 'W') => PeriodUnit.Weeks,
            (false, 'M') => PeriodUnit.Months,
            (false, 'Y') => PeriodUnit.Years,
            _ => null,
        };
        if (unit is null)
        {
            reason = timePart
                ? "A time-based period must be in whole hours ('PT24H'); minutes and seconds are not contractual units."
                : "A period must be an ISO-8601 duration such as 'P1M', 'P60D', 'P2W', 'P1Y' or 'PT24H'.";
            return false;
        }

        if (digits > 9 || !int.TryParse(body[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count > MaxCount(unit.Value))
        {
            reason = $"A period in {unit.Value.ToString().ToLowerInvariant()} must not exceed {MaxCount(unit.Value)}.";
            return false;
        }

        period = new ContractualPeriod(count, unit.Value);
        reason = null;
        return true;
    }

    /// <summary>Formats the period as ISO-8601 (<c>P1M</c>, <c>PT24H</c>).</summary>
    public override string ToString() => Unit switch
    {
        PeriodUnit.Hours => string.Create(CultureInfo.InvariantCulture, $"PT{Count}H"),
        PeriodUnit.Days => string.Create(CultureInfo.InvariantCulture, $"P{Count}D"),
        PeriodUnit.Weeks => string.Create(CultureInfo.InvariantCulture, $"P{Count}W"),
        PeriodUnit.Months => string.Create(CultureInfo.InvariantCulture, $"P{Count}M"),
        _ => string.Create(CultureInfo.InvariantCulture, $"P{Count}Y"),
    };

    /// <summary>Formats the period for people or as ISO-8601.</summary>
    /// <param name="format"><see langword="null"/>, empty or <c>G</c>: for people, in the language of
    /// <paramref name="formatProvider"/> — <c>48 hours</c>, <c>1 month</c>, <c>2 weeks</c>; Dutch <c>48 uur</c>,
    /// <c>1 maand</c>, <c>2 weken</c>; other languages fall back to English. <c>O</c>: ISO-8601, as <see cref="ToString()"/>.</param>
    /// <param name="formatProvider">The culture; <see langword="null"/> for the current culture.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is none of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => PeriodText.Format(Count, Unit, formatProvider),
        "O" or "o" => ToString(),
        _ => throw new FormatException($"Unknown format '{format}' for a contractual period: use 'G' (for people) or 'O' (ISO-8601)."),
    };

    /// <inheritdoc />
    public bool Equals(ContractualPeriod other) => Count == other.Count && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContractualPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Unit);

    /// <summary>Compares two periods for equality of count and unit (<c>P7D</c> is not equal to <c>P1W</c>).</summary>
    public static bool operator ==(ContractualPeriod left, ContractualPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality of count or unit.</summary>
    public static bool operator !=(ContractualPeriod left, ContractualPeriod right) => !left.Equals(right);
}
