using System.Collections;
using System.Collections.Immutable;
using System.Globalization;

namespace Dpa.Rules.Model;

/// <summary>Follows a JSON path of the agreement format (<see cref="AgreementPaths"/>) into an agreement: the fact it names,
/// whether the agreement states it, and the clauses it comes from.</summary>
/// <remarks><para>The member table (<c>AgreementNavigator.g.cs</c>) is generated from the format's metadata like the paths.
/// Used when a finding is reported, never on the clean path.</para></remarks>
internal static partial class AgreementNavigator
{
    /// <summary>Gets whether a value states anything: not null, not an empty list, and for an object (a section left at
    /// its default, say) at least one stated member.</summary>
    public static bool IsStated(object? value)
    {
        if (value is null or ICollection { Count: 0 })
        {
            return false;
        }

        if (MemberNames(value) is not { } members)
        {
            return true;
        }

        foreach (var member in members)
        {
            if (TryGetMember(value, member, out var memberValue) && IsStated(memberValue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds what <paramref name="path"/> names in <paramref name="agreement"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="path">A path such as <c>$.subProcessing.subProcessors[1].locations[0]</c>.</param>
    /// <returns>Whether the fact is stated (a value, not null, not an empty list) and the clauses cited for it: the nearest
    /// citation on the way from the fact up to the root. A path the agreement does not have is not stated.</returns>
    public static (bool Stated, ImmutableArray<string> Clauses) Resolve(ProcessingAgreement agreement, string path)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(path);
        object? current = agreement;

        // The deepest citation of a member on the way down: a deeper object's citation overrides an enclosing one's.
        ImmutableArray<string> cited = [];
        var found = path.StartsWith('$');
        var i = 1;
        while (found && i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                var member = path.AsSpan(i + 1, end - i - 1);
                if (current is not null && TryGetMember(current, member, out var value))
                {
                    if (ClausesOf(current) is { IsEmpty: false } references && references.For(member.ToString()) is { IsEmpty: false } clauses)
                    {
                        cited = clauses;
                    }

                    current = value;
                    i = end;
                }
                else
                {
                    found = false;
                }
            }
            else if (path[i] == '['
                && path.IndexOf(']', i) is var close and > 0
                && int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && current is IList list && index < list.Count)
            {
                current = list[index];
                i = close + 1;
            }
            else
            {
                found = false;
            }
        }

        if (!found || !IsStated(current))
        {
            return (false, []);
        }

        // The fact's own object may cite itself as a whole (a sub-processor listed in an annex).
        return ClausesOf(current) is { Whole.IsEmpty: false } own ? (true, own.Whole) : (true, cited);
    }
}
