using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>The catalog's rules of category DPA5xxx: international transfers (GDPR Chapter V).</summary>
internal static class TransferRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new ProcessingLocationUnknownRule(),
        new TransferWithoutBasisRule(),
        new UsAdequacyWithoutCertificationRule(),
        new LocationRestrictionContradictedRule(),
        new AdequacyScopeNotShownRule(),
        new SccModuleMismatchRule(),
        new SccWithoutTransferImpactAssessmentRule(),
        new DerogationForRoutineTransfersRule(),
        new TransferOnTacitConsentRule(),
        new ParentInThirdCountryRule(),
    ];
}
