using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>The catalog's rules of category DPA3xxx: instructions, confidentiality and assistance (GDPR Art. 28(3)(a), (b), (e), (f), Art. 28(10)).</summary>
internal static class InstructionRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new ProcessingNotLimitedToInstructionsRule(),
        new TransfersNotCoveredByInstructionsRule(),
        new LegalRequirementNoticeMissingRule(),
        new InfringingInstructionNoticeNotImmediateRule(),
        new ProcessorOwnPurposesRule(),
        new PersonnelNotBoundToConfidentialityRule(),
        new NoDataSubjectRequestAssistanceRule(),
        new DataSubjectAssistanceTooSlowRule(),
        new NoAssistanceWithArticles32To36Rule(),
        new AssistanceChargedWithoutLimitRule(),
        new InstructionCarveOutBeyondLawRule(),
    ];
}
