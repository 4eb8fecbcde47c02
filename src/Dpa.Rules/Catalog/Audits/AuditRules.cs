using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>The catalog's rules of category DPA8xxx: audits and compliance information (GDPR Art. 28(3)(h)).</summary>
internal static class AuditRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new MissingComplianceInformationDutyRule(),
        new AuditsExcludedRule(),
        new ProcessorSelectsAuditorRule(),
        new AuditOnlyOnSuspicionRule(),
        new AuditIntervalTooLongRule(),
        new AuditCostsOnControllerWithoutLimitRule(),
        new AuditReplacedByProcessorReportRule(),
        new ProcessorMayRefuseAuditRule(),
        new AuditScopeLimitedRule(),
        new ComplianceInformationRationedRule(),
    ];
}
