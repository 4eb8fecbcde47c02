using Dpa.Rules.Model;

namespace Dpa.Rules.Authoring;

/// <summary>The configurable thresholds of the catalog's rules (<c>rules.md</c> marks them "configurable").</summary>
public sealed record RuleThresholds
{
    /// <summary>Gets the defaults.</summary>
    public static RuleThresholds Default { get; } = new();

    /// <summary>Gets the least time the controller must keep of GDPR Art. 12(3)'s month after the processor's data-subject assistance (DPA3008).</summary>
    /// <value>14 days.</value>
    public ContractualPeriod DataSubjectRequestMargin { get; init; } = ContractualPeriod.FromDays(14);

    /// <summary>Gets the shortest acceptable notice of sub-processor changes (DPA4003).</summary>
    /// <value>14 days.</value>
    public ContractualPeriod SubProcessorNoticeMinimum { get; init; } = ContractualPeriod.FromDays(14);

    /// <summary>Gets the least time the controller must keep of its 72 hours after the processor's breach deadline (DPA7004).</summary>
    /// <value>48 hours.</value>
    public ContractualPeriod BreachControllerMargin { get; init; } = ContractualPeriod.FromHours(48);

    /// <summary>Gets the longest reasonable interval between audits (DPA8005).</summary>
    /// <value>One year.</value>
    public ContractualPeriod AuditIntervalMaximum { get; init; } = ContractualPeriod.FromYears(1);

    /// <summary>Gets the longest reasonable deletion period after the end (DPA9004).</summary>
    /// <value>90 days.</value>
    public ContractualPeriod DeletionPeriodMaximum { get; init; } = ContractualPeriod.FromDays(90);
}
