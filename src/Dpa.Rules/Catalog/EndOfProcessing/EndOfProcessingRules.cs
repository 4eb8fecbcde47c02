using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>The catalog's rules of category DPA9xxx: return, deletion, retention and backups (GDPR Art. 28(3)(g)).</summary>
internal static class EndOfProcessingRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new ReturnOrDeletionNotControllersChoiceRule(),
        new CopiesNotDeletedRule(),
        new RetentionBeyondUnionOrMemberStateLawRule(),
        new DeletionPeriodAfterEndRule(),
        new BackupsOutliveDeletionRule(),
        new NoDeletionCertificationRule(),
        new ReturnWindowAfterDeletionRule(),
        new CountingConventionNotStatedRule(),
        new ReturnWithheldForPaymentRule(),
        new AnonymisationInsteadOfDeletionRule(),
        new PartialReturnRule(),
    ];
}
