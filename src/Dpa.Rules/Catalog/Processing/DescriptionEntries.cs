using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>Whether an entry of the processing description counts as stated.</summary>
/// <remarks><para>A blank or placeholder annex counts as not stated once the agreement is executed; in a template or draft
/// it is a blank still to be filled in, which DPA1003 reports, so it counts.</para></remarks>
internal static class DescriptionEntries
{
    /// <summary>Gets whether <paramref name="value"/> counts as stated for an agreement of <paramref name="status"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Counts(TextValue? value, AgreementStatus status) =>
        value is not null && (value.IsStated || status != AgreementStatus.Executed);

    /// <summary>Gets whether at least one of <paramref name="values"/> counts as stated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyCounts(ImmutableArray<TextValue> values, AgreementStatus status)
    {
        // Over the span, not the array's enumerator: on a clean agreement the first entry decides, and this keeps the
        // rule's whole check inlined into its Evaluate.
        foreach (var value in values.AsSpan())
        {
            if (Counts(value, status))
            {
                return true;
            }
        }

        return false;
    }
}
