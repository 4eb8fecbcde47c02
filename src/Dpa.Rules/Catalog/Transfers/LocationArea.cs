using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>Decides whether the agreement's location restriction fixes where the data are processed.</summary>
/// <remarks><para>A binding restriction ("only in the Netherlands", "only within the EEA") that the processor may leave only on
/// the controller's instruction or where the law requires it fixes the area contractually: a location inside it is known
/// for GDPR Art. 44 purposes even when no country is named. A best-efforts restriction ("in beginsel") does not, and nor
/// does one the processor may leave on its own assessment (adequacy, standard contractual clauses or an unspecified
/// "adequate level of protection") or on the controller's tacit consent, because then the data may end up anywhere such a
/// basis is claimed; a "restriction" to the whole world fixes nothing.</para></remarks>
internal static class LocationArea
{
    /// <summary>Gets whether <paramref name="locations"/> fix the processing area.</summary>
    /// <param name="locations">The agreement's location terms.</param>
    public static bool IsFixedByRestriction(LocationTerms locations)
    {
        if (!IsBindingArea(locations.Restriction))
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
        if (!IsBindingArea(locations.Restriction))
        {
            return false;
        }

        // "An adequate level of protection" at the processor's own assessment, or any country the controller does not object
        // to, bounds nothing.
        foreach (var condition in locations.PermittedOutsideWhen)
        {
            if (condition is TransferCondition.AdequateProtectionUnspecified or TransferCondition.ControllerTacitConsent)
            {
                return false;
            }
        }

        return true;
    }

    // A binding restriction that names an area smaller than the world.
    private static bool IsBindingArea(LocationRestriction? restriction) =>
        restriction is not null
        && restriction.Commitment != CommitmentLevel.BestEfforts
        && restriction.Scope != LocationScope.Worldwide
        && !(restriction.Scope == LocationScope.Countries && restriction.Countries.IsEmpty);
}
