using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Time;
using Dpa.Rules.Utility;
using NodaTime;

namespace Dpa.Rules.Validation;

/// <summary>How a validation runs: the evaluation date, the culture of messages, the status mode, severity overrides,
/// suppressions and thresholds.</summary>
/// <remarks>
/// <para>Immutable: derive variants with <c>with</c> or the <c>With…</c> methods. Equality is structural, collections
/// included. Thread-safe.</para>
/// <para>The severity of a finding is, in this order: the override for its rule id, else the override for its category,
/// else the severity the rule reported. <see cref="RuleSeverity.None"/> disables: a disabled rule does not run. An override
/// other than <see cref="RuleSeverity.None"/> also enables a rule that is disabled by default.</para>
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>Gets the defaults: today's date from the clock, English, the agreement's own status, no overrides or suppressions.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Gets the evaluation date; <see langword="null"/> for today in the agreement's time zone, read from the validator's clock.</summary>
    /// <value><see langword="null"/>.</value>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets the culture of messages: English (<see cref="CultureInfo.InvariantCulture"/>) or Dutch (<c>nl</c>); other cultures fall back to English.</summary>
    /// <value><see cref="CultureInfo.InvariantCulture"/> (English).</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public CultureInfo Culture { get; init => field = value ?? throw new ArgumentNullException(nameof(Culture)); } = CultureInfo.InvariantCulture;

    /// <summary>Gets which status the rules judge the agreement in.</summary>
    /// <value><see cref="ValidationMode.FromStatus"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ValidationMode Mode { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets severity overrides per rule id; they beat <see cref="CategorySeverities"/>.</summary>
    /// <value>Empty.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A severity is undefined.</exception>
    public ImmutableDictionary<RuleId, RuleSeverity> RuleSeverities
    {
        get;
        init => field = CheckSeverities(value, nameof(RuleSeverities));
    } = ImmutableDictionary<RuleId, RuleSeverity>.Empty;

    /// <summary>Gets severity overrides per category.</summary>
    /// <value>Empty.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A category or severity is undefined.</exception>
    public ImmutableDictionary<RuleCategory, RuleSeverity> CategorySeverities
    {
        get;
        init
        {
            foreach (var pair in CheckSeverities(value, nameof(CategorySeverities)))
            {
                Preconditions.CheckDefined(pair.Key, nameof(CategorySeverities));
            }

            field = value;
        }
    } = ImmutableDictionary<RuleCategory, RuleSeverity>.Empty;

    /// <summary>Gets the suppressions: accepted findings, each with a justification and possibly an expiry.</summary>
    /// <value>Empty.</value>
    /// <exception cref="ArgumentException">An element is <see langword="null"/>.</exception>
    public ImmutableArray<Suppression> Suppressions
    {
        get => _suppressions.Items;
        init => _suppressions = new(value, nameof(Suppressions));
    }

    /// <summary>Gets the configurable thresholds of the rules.</summary>
    /// <value><see cref="RuleThresholds.Default"/>.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public RuleThresholds Thresholds { get; init => field = value ?? throw new ArgumentNullException(nameof(Thresholds)); } = RuleThresholds.Default;

    /// <summary>Gets the holiday calendar that rules count working days with (EU Regulation 1182/71 Art. 3(4)–(5); Algemene
    /// termijnenwet Arts. 1–3), when an agreement states such a counting convention.</summary>
    /// <remarks><para>Rules get their deadline engine from <see cref="RuleContext.Deadlines"/>, built from this calendar and the
    /// agreement's zone. With dependency injection the validator uses the container's <see cref="IHolidayCalendar"/>.</para></remarks>
    /// <value><see cref="NetherlandsHolidayCalendar.Default"/>.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IHolidayCalendar HolidayCalendar
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(HolidayCalendar));
    } = NetherlandsHolidayCalendar.Default;

    private readonly EquatableArray<Suppression> _suppressions;

    /// <summary>Returns a copy in which findings of <paramref name="ruleId"/> have <paramref name="severity"/> (<see cref="RuleSeverity.None"/> disables the rule).</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new options.</returns>
    public ValidationOptions WithSeverity(RuleId ruleId, RuleSeverity severity) =>
        this with { RuleSeverities = RuleSeverities.SetItem(ruleId, severity) };

    /// <summary>Returns a copy in which findings of rules of <paramref name="category"/> have <paramref name="severity"/>, unless overridden by id.</summary>
    /// <param name="category">The category.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new options.</returns>
    public ValidationOptions WithSeverity(RuleCategory category, RuleSeverity severity) =>
        this with { CategorySeverities = CategorySeverities.SetItem(category, severity) };

    /// <summary>Returns a copy with <paramref name="suppression"/> added after the existing suppressions.</summary>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="suppression"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithSuppression(Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        return this with { Suppressions = Suppressions.Add(suppression) };
    }

    /// <summary>Gets the configured severity of <paramref name="descriptor"/>'s findings: its id's override, else its category's, else <see langword="null"/>.</summary>
    internal RuleSeverity? SeverityOverrideFor(RuleDescriptor descriptor) =>
        RuleSeverities.TryGetValue(descriptor.Id, out var byId) ? byId
        : CategorySeverities.TryGetValue(descriptor.Category, out var byCategory) ? byCategory
        : null;

    /// <inheritdoc />
    public bool Equals(ValidationOptions? other) =>
        other is not null
        && AsOf == other.AsOf
        && Culture.Equals(other.Culture)
        && Mode == other.Mode
        && SameEntries(RuleSeverities, other.RuleSeverities)
        && SameEntries(CategorySeverities, other.CategorySeverities)
        && _suppressions.Equals(other._suppressions)
        && Thresholds.Equals(other.Thresholds)
        && HolidayCalendar.Equals(other.HolidayCalendar);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(AsOf, Culture, Mode, RuleSeverities.Count, CategorySeverities.Count, _suppressions, Thresholds, HolidayCalendar);

    private static bool SameEntries<TKey>(ImmutableDictionary<TKey, RuleSeverity> left, ImmutableDictionary<TKey, RuleSeverity> right)
        where TKey : notnull
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var severity) || severity != pair.Value)
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableDictionary<TKey, RuleSeverity> CheckSeverities<TKey>(ImmutableDictionary<TKey, RuleSeverity> value, string paramName)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        foreach (var pair in value)
        {
            Preconditions.CheckDefined(pair.Value, paramName);
        }

        return value;
    }
}
