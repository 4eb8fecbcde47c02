using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>The catalog's rules of category DPA2xxx: the description of the processing (GDPR Art. 28(3) intro).</summary>
internal static class ProcessingRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new SubjectMatterNotStatedRule(),
        new DurationNotStatedRule(),
        new NatureNotStatedRule(),
        new PurposeNotStatedRule(),
        new PersonalDataTypesNotStatedRule(),
        new DataSubjectCategoriesNotStatedRule(),
        new ControllerRightsAndObligationsNotStatedRule(),
        new SensitiveDataWithoutSafeguardsRule(),
        new NationalIdentificationNumberWithoutBasisRule(),
    ];
}
