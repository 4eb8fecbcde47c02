namespace Dpa.Rules.Model;

/// <summary>The liability terms between the parties.</summary>
public sealed record LiabilityTerms
{
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
