using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.Security;

/// <summary>The catalog's rules of category DPA6xxx: security (GDPR Art. 28(3)(c), Art. 32).</summary>
internal static class SecurityRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new MissingArt32ObligationRule(),
        new SecurityMeasuresNotDescribedRule(),
        new Art32PointNotCoveredRule(),
        new ProcessorMayLowerSecurityRule(),
        new CertificationOutOfDateRule(),
        new SecurityBestEffortsOnlyRule(),
        new SecurityMeasuresWithheldRule(),
        new AdditionalMeasuresRefusableRule(),
    ];
}
