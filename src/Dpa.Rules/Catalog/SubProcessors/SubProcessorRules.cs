using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>The catalog's rules of category DPA4xxx: sub-processors (GDPR Art. 28(2), 28(3)(d), 28(4)).</summary>
internal static class SubProcessorRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new SubProcessorAuthorisationNotStatedRule(),
        new GeneralAuthorisationWithoutListRule(),
        new NoSubProcessorChangeNoticeRule(),
        new NoObjectionRightRule(),
        new ObligationsNotFlowedDownRule(),
        new ProcessorNotFullyLiableRule(),
        new SpecificAuthorisationWithoutLeadTimeRule(),
        new SubProcessorLocationUnknownRule(),
        new NoticeOnlyOfMaterialChangesRule(),
        new ObjectionWithoutEffectiveRemedyRule(),
        new ContradictorySubProcessorRegimesRule(),
    ];
}
