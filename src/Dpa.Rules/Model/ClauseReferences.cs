using System.Collections.Immutable;
using System.Text.Json;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>Which clauses of the contract the facts of one object of an agreement come from: per member, and for the object
/// as a whole (<see cref="WholeObject"/>), such as <c>{ "deadline": ["7.1"], "content": ["7.4"] }</c>.</summary>
/// <remarks>
/// <para>Provenance makes a finding traceable: a finding names the clauses behind the fact it judged, found on the object
/// that holds the fact, or on an enclosing object (a sub-processor listed "in Bijlage 2" cites <c>"*": ["Bijlage 2"]</c>
/// once for all its members). A clause reference is the contract's own numbering as written (<c>7.2</c>,
/// <c>Bijlage 2 §3</c>). Members are named as in the JSON format (camelCase); a C# property name given to
/// <see cref="With"/> is converted. Immutable and thread-safe; equality is structural.</para>
/// </remarks>
public sealed class ClauseReferences : IEquatable<ClauseReferences>
{
    /// <summary>The key that cites clauses for every stated member of the object without an entry of its own.</summary>
    public const string WholeObject = "*";

    private ClauseReferences(ImmutableArray<KeyValuePair<string, ImmutableArray<string>>> entries) => Entries = entries;

    /// <summary>Gets the references of an object that cites no clause.</summary>
    public static ClauseReferences None { get; } = new([]);

    /// <summary>Gets the entries, member by member, in the order given.</summary>
    public ImmutableArray<KeyValuePair<string, ImmutableArray<string>>> Entries { get; }

    /// <summary>Gets whether no clause is cited.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <summary>Gets the clauses cited for the object as a whole.</summary>
    public ImmutableArray<string> Whole => Own(WholeObject);

    /// <summary>Gets the clauses a member's facts come from: its own entry, else the whole object's, else none.</summary>
    /// <param name="member">The member's JSON name, such as <c>deadline</c>.</param>
    public ImmutableArray<string> For(string member)
    {
        var own = Own(member);
        return own.IsEmpty ? Whole : own;
    }

    /// <summary>Returns a copy that cites <paramref name="clauses"/> for <paramref name="member"/>, replacing its entry.</summary>
    /// <param name="member">The member's JSON name or C# property name, or <see cref="WholeObject"/>.</param>
    /// <param name="clauses">The clause references as numbered in the contract; at least one, none blank.</param>
    /// <exception cref="ArgumentException">The member is blank, no clause is given, or a clause is blank.</exception>
    public ClauseReferences With(string member, params IEnumerable<string> clauses)
    {
        Preconditions.CheckNotBlank(member);
        ArgumentNullException.ThrowIfNull(clauses);
        var name = member == WholeObject ? member : JsonNamingPolicy.CamelCase.ConvertName(member);
        var list = CheckClauses(clauses.ToImmutableArray(), nameof(clauses));
        var index = IndexOf(name);
        return new(index < 0 ? Entries.Add(new(name, list)) : Entries.SetItem(index, new(name, list)));
    }

    /// <summary>Wraps entries the JSON reader has already checked (members known and distinct, clause lists non-empty and
    /// without blanks), without checking or copying them again.</summary>
    internal static ClauseReferences FromChecked(ImmutableArray<KeyValuePair<string, ImmutableArray<string>>> entries) =>
        entries.IsEmpty ? None : new(entries);

    /// <summary>Creates references from entries, as the JSON format writes them.</summary>
    /// <param name="entries">Member names (JSON names, or <see cref="WholeObject"/>) with their clauses; no member twice.</param>
    /// <exception cref="ArgumentException">A member is blank or repeated, or a clause list is empty or holds a blank clause.</exception>
    public static ClauseReferences Create(IEnumerable<KeyValuePair<string, ImmutableArray<string>>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (member, clauses) in list)
        {
            Preconditions.CheckNotBlank(member, nameof(entries));
            Preconditions.CheckArgument(seen.Add(member), nameof(entries), $"The member '{member}' is cited twice.");
            CheckClauses(clauses, nameof(entries));
        }

        return list.IsEmpty ? None : new(list);
    }

    /// <inheritdoc />
    public bool Equals(ClauseReferences? other)
    {
        if (other is null || other.Entries.Length != Entries.Length)
        {
            return false;
        }

        foreach (var (member, clauses) in Entries)
        {
            if (!other.Own(member).AsSpan().SequenceEqual(clauses.AsSpan()) || other.IndexOf(member) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClauseReferences);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent: the entries are a map.
        var hash = 0;
        foreach (var (member, clauses) in Entries)
        {
            var entry = new HashCode();
            entry.Add(member, StringComparer.Ordinal);
            foreach (var clause in clauses)
            {
                entry.Add(clause, StringComparer.Ordinal);
            }

            hash ^= entry.ToHashCode();
        }

        return hash;
    }

    /// <summary>Returns the entries as <c>member: clause, clause; …</c>.</summary>
    public override string ToString() => string.Join("; ", Entries.Select(e => e.Key + ": " + string.Join(", ", e.Value)));

    private ImmutableArray<string> Own(string member)
    {
        var index = IndexOf(member);
        return index < 0 ? [] : Entries[index].Value;
    }

    private int IndexOf(string member)
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            if (string.Equals(Entries[i].Key, member, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static ImmutableArray<string> CheckClauses(ImmutableArray<string> clauses, string paramName)
    {
        Preconditions.CheckArgument(!clauses.IsDefaultOrEmpty, paramName, "Cite at least one clause.");
        foreach (var clause in clauses)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(clause), paramName, "A clause reference must not be blank.");
        }

        return clauses;
    }
}
