using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>Assistance with data-subject requests (GDPR Art. 28(3)(e); Chapter III).</summary>
public sealed record DataSubjectAssistance
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether assistance is provided at all.</summary>
    public bool Provided { get; init; }

    /// <summary>Gets the period within which the processor assists or answers.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? ResponsePeriod { get; init; }

    /// <summary>Gets how firmly (e.g. "as far as reasonably possible").</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CommitmentLevel? Commitment { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets who pays.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CostAllocation? Cost { get; init => field = Preconditions.CheckDefined(value); }
}
