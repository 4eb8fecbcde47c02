namespace Dpa.Rules.Model;

/// <summary>A cap on liability: an amount, a formula, or both.</summary>
public sealed record LiabilityCap
{
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
