using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog;
using Dpa.Rules.Model;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Validation;

/// <summary>An immutable, ordered set of rules with unique ids: the built-in catalog, a part of it, or the catalog plus a
/// host application's own rules.</summary>
/// <remarks>
/// <para>Every operation returns a new set and leaves this one unchanged; rules run in the set's order (the catalog's id
/// order, then added rules in the order they were added). Ids are unique within a set, and <c>DPA0xxx</c> is reserved for
/// the engine. Thread-safe.</para>
/// </remarks>
public sealed class RuleSet
{
    private RuleSet(ImmutableArray<IAgreementRule> rules) => Rules = rules;

    /// <summary>Gets the built-in catalog: every rule of the library, in id order.</summary>
    public static RuleSet Default { get; } = new(RuleCatalog.All);

    /// <summary>Gets the set without rules.</summary>
    public static RuleSet Empty { get; } = new([]);

    /// <summary>Gets the rules, in the order they run.</summary>
    public ImmutableArray<IAgreementRule> Rules { get; }

    /// <summary>Gets the number of rules.</summary>
    public int Count => Rules.Length;

    /// <summary>Creates a set of <paramref name="rules"/>, in the given order.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rule or its descriptor is <see langword="null"/>, two rules share an id, or a rule uses an engine id (<c>DPA0xxx</c>).</exception>
    public static RuleSet Create(params IEnumerable<IAgreementRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Empty.With(rules);
    }

    /// <summary>Combines sets in the given order into one.</summary>
    /// <param name="sets">The sets.</param>
    /// <returns>The combined set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sets"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two sets contain the same rule id.</exception>
    public static RuleSet Combine(params IEnumerable<RuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var result = Empty;
        foreach (var set in sets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(sets));
            result = result.With(set);
        }

        return result;
    }

    /// <summary>Returns a set with <paramref name="rules"/> added after this set's rules.</summary>
    /// <param name="rules">The rules to add.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rule or its descriptor is <see langword="null"/>, an id is already in the set or given twice, or a rule uses an engine id (<c>DPA0xxx</c>).</exception>
    public RuleSet With(params IEnumerable<IAgreementRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var builder = Rules.ToBuilder();
        foreach (var rule in rules)
        {
            Preconditions.CheckArgument(rule is not null, nameof(rules), "A rule set cannot contain null.");
            var descriptor = rule.Descriptor;
            Preconditions.CheckArgument(descriptor is not null, nameof(rules), $"Rule '{rule.GetType().Name}' has no descriptor.");
            Preconditions.CheckArgument(
                descriptor.Category != RuleCategory.Engine,
                nameof(rules),
                $"Rule id '{descriptor.Id}' is reserved for the engine (DPA0xxx); host rules use DPAn900 to DPAn999.");
            foreach (var existing in builder)
            {
                Preconditions.CheckArgument(
                    existing.Descriptor.Id != descriptor.Id,
                    nameof(rules),
                    $"Rule id '{descriptor.Id}' appears twice in the rule set ('{existing.GetType().Name}' and '{rule.GetType().Name}').");
            }

            builder.Add(rule);
        }

        return builder.Count == Rules.Length ? this : new RuleSet(builder.ToImmutable());
    }

    /// <summary>Returns a set with the rules of <paramref name="other"/> added after this set's rules.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Both sets contain the same rule id.</exception>
    public RuleSet With(RuleSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return With(other.Rules.AsEnumerable());
    }

    /// <summary>Returns a set without the rules of <paramref name="ids"/>; ids not in the set are ignored, as when removing from a set.</summary>
    /// <param name="ids">The ids to remove.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is <see langword="null"/>.</exception>
    public RuleSet Without(params IEnumerable<RuleId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var removed = ids.ToHashSet();
        return Filter(rule => !removed.Contains(rule.Descriptor.Id));
    }

    /// <summary>Returns a set without the rules of <paramref name="category"/>.</summary>
    /// <param name="category">The category to remove.</param>
    /// <returns>The new set.</returns>
    public RuleSet Without(RuleCategory category) => Filter(rule => rule.Descriptor.Category != category);

    /// <summary>Returns a set of only the rules of <paramref name="ids"/>, in this set's order.</summary>
    /// <remarks><para>Unlike <see cref="Without(IEnumerable{RuleId})"/>, an id that is not in the set is an error: the caller
    /// asked for a rule to run, and silently running fewer would hide the mistake.</para></remarks>
    /// <param name="ids">The ids to keep.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id is not in the set.</exception>
    public RuleSet Only(params IEnumerable<RuleId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var kept = ids.ToHashSet();
        foreach (var id in kept)
        {
            Preconditions.CheckArgument(Contains(id), nameof(ids), $"Rule id '{id}' is not in the rule set.");
        }

        return Filter(rule => kept.Contains(rule.Descriptor.Id));
    }

    /// <summary>Returns a set of only the rules of <paramref name="category"/>.</summary>
    /// <param name="category">The category to keep.</param>
    /// <returns>The new set.</returns>
    public RuleSet Only(RuleCategory category) => Filter(rule => rule.Descriptor.Category == category);

    /// <summary>Returns a set in which every rule runs only for agreements that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The condition; pure and thread-safe.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is <see langword="null"/>.</exception>
    public RuleSet When(Func<ProcessingAgreement, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var builder = ImmutableArray.CreateBuilder<IAgreementRule>(Rules.Length);
        foreach (var rule in Rules)
        {
            builder.Add(rule.When(predicate));
        }

        return new RuleSet(builder.MoveToImmutable());
    }

    /// <summary>Gets whether the set contains a rule with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Contains(RuleId id) => Find(id) is not null;

    /// <summary>Gets the rule with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The rule, or <see langword="null"/> if the set has none with that id.</returns>
    public IAgreementRule? Find(RuleId id)
    {
        foreach (var rule in Rules)
        {
            if (rule.Descriptor.Id == id)
            {
                return rule;
            }
        }

        return null;
    }

    private RuleSet Filter(Func<IAgreementRule, bool> keep)
    {
        var builder = ImmutableArray.CreateBuilder<IAgreementRule>();
        foreach (var rule in Rules)
        {
            if (keep(rule))
            {
                builder.Add(rule);
            }
        }

        return builder.Count == Rules.Length ? this : new RuleSet(builder.ToImmutable());
    }
}
