namespace Dpa.Rules.Model;

/// <summary>A duty to give notice before something happens.</summary>
public sealed record AdvanceNotice
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether notice is required.</summary>
    public bool Required { get; init; }

    /// <summary>Gets the minimum notice period.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? MinimumPeriod { get; init; }
}
