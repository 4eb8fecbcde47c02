using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The audit and compliance-information terms (GDPR Art. 28(3)(h); SCC 2021/915 Clause 7.6).</summary>
public sealed record AuditTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether the processor makes available all information necessary to demonstrate compliance.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? InformationDuty { get; init; }

    /// <summary>Gets whether audits, including inspections, are allowed.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? AuditsAllowed { get; init; }

    /// <summary>Gets who carries out audits.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AuditorChoice? Auditor { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets when audits may take place.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AuditCondition? Condition { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the minimum time between audits ("at most once a year" is <c>P1Y</c>).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? MaximumFrequency { get; init; }

    /// <summary>Gets whether extra audits are allowed on indications of non-compliance or at an authority's request.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? FrequencyExceptions { get; init; }

    /// <summary>Gets the notice period before an audit.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Notice { get; init; }

    /// <summary>Gets who pays.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CostAllocation? Cost { get; init => field = Preconditions.CheckDefined(value); }
}
