namespace Dpa.Rules.Model;

/// <summary>The liability terms between the parties.</summary>
public sealed record LiabilityTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the cap on the processor's liability.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LiabilityCap? Cap { get; init; }

    /// <summary>Gets the period after which claims lapse.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? ClaimTimeLimit { get; init; }

    /// <summary>Gets whether the cap is stated to apply only between the parties (Art. 82(4)–(5)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? LimitedToParties { get; init; }
}
