using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>The catalog's rules of category DPA7xxx: personal data breaches (GDPR Art. 33; SCC 2021/915 Clause 9).</summary>
internal static class BreachRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new MissingBreachNotificationDutyRule(),
        new NoConcreteBreachDeadlineRule(),
        new BreachDeadlineExceedsControllerWindowRule(),
        new BreachDeadlineLeavesLittleTimeRule(),
        new IncompleteBreachContentRule(),
        new MissingBreachContactPointRule(),
        new ProcessorMayNotifyAuthorityRule(),
        new BreachNotificationNarrowedRule(),
    ];
}
