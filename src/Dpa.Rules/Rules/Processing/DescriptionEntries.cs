using System.Collections.Immutable;
using Dpa.Rules.Model;

namespace Dpa.Rules.Rules.Processing;

/// <summary>Whether an entry of the processing description counts as stated.</summary>
/// <remarks><para>A blank or placeholder annex counts as not stated once the agreement is executed; in a template or draft
/// it is a blank still to be filled in, which DPA1003 reports, so it counts.</para></remarks>
internal static class DescriptionEntries
{
    /// <summary>Gets whether <paramref name="value"/> counts as stated for an agreement of <paramref name="status"/>.</summary>
    public static bool Counts(TextValue? value, AgreementStatus status) =>
        value is not null && (value.IsStated || status != AgreementStatus.Executed);

    /// <summary>Gets whether at least one of <paramref name="values"/> counts as stated.</summary>
    public static bool AnyCounts(ImmutableArray<TextValue> values, AgreementStatus status)
    {
        foreach (var value in values)
        {
            if (Counts(value, status))
            {
                return true;
            }
        }

        return false;
    }
}
