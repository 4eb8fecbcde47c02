using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>Decides whether the agreement's location restriction fixes where the data are processed.</summary>
/// <remarks><para>A binding restriction ("only in the Netherlands", "only within the EEA") that the processor may leave only on
/// the controller's instruction or where the law requires it fixes the area contractually: a location inside it is known
/// for GDPR Art. 44 purposes even when no country is named. A best-efforts restriction ("in beginsel") does not, and nor
/// does one the processor may leave on its own assessment (adequacy, standard contractual clauses or an unspecified
/// "adequate level of protection"), because then the data may end up anywhere such a basis is claimed.</para></remarks>
internal static class LocationArea
{
    /// <summary>Gets whether <paramref name="locations"/> fix the processing area.</summary>
    /// <param name="locations">The agreement's location terms.</param>
    public static bool IsFixedByRestriction(LocationTerms locations)
    {
        if (locations.Restriction is not { } restriction
            || restriction.Commitment == CommitmentLevel.BestEfforts
            || (restriction.Scope == LocationScope.Countries && restriction.Countries.IsEmpty))
        {
            return false;
        }

        foreach (var condition in locations.PermittedOutsideWhen)
        {
            if (condition is not (TransferCondition.ControllerInstruction or TransferCondition.LegalRequirement))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether <paramref name="locations"/> bound the processing area to places with a Chapter V basis without
    /// fixing it: a binding restriction that the processor may also leave for a country with an adequacy decision or under
    /// standard contractual clauses (GDPR Arts. 45, 46), or for the listed sub-processors. Where the data are is then not
    /// known, but nowhere without a basis.</summary>
    /// <param name="locations">The agreement's location terms.</param>
    public static bool IsBoundedByRestriction(LocationTerms locations)
    {
        if (locations.Restriction is not { } restriction
            || restriction.Commitment == CommitmentLevel.BestEfforts
            || (restriction.Scope == LocationScope.Countries && restriction.Countries.IsEmpty))
        {
            return false;
        }

        foreach (var condition in locations.PermittedOutsideWhen)
        {
            if (condition is TransferCondition.AdequateProtectionUnspecified)
            {
                return false;
            }
        }

        return true;
    }
}
