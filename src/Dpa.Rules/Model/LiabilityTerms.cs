using System.Collections.Immutable;
using Dpa.Rules.Utility;

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

    /// <summary>Gets the kinds of damage for which liability is excluded altogether (e.g. indirect damage, loss of data).</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<LiabilityExclusion> Exclusions
    {
        get => _exclusions.Items;
        init => _exclusions = new(value, nameof(Exclusions));
    }

    /// <summary>Gets who bears administrative fines (GDPR Art. 83) as between the parties.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public FineAllocation? Fines { get; init => field = Preconditions.CheckDefined(value); }

    private readonly EquatableArray<LiabilityExclusion> _exclusions;
}
