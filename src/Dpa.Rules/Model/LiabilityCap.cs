namespace Dpa.Rules.Model;

/// <summary>A cap on liability: an amount, a formula, or both.</summary>
public sealed record LiabilityCap
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the maximum amount.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public Money? Maximum { get; init; }

    /// <summary>Gets the period of fees the cap equals (e.g. the fees of the last month).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? FeesPeriod { get; init; }

    /// <summary>Gets whether the cap is the insurer's payout.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? InsurancePayout { get; init; }

    /// <summary>Gets the cap as written, where it is another formula.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Description { get; init; }
}
