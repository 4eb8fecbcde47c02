namespace Dpa.Rules.Model;

/// <summary>A duty to give notice before something happens.</summary>
public sealed record AdvanceNotice
{
    /// <summary>Gets whether notice is required.</summary>
    public bool Required { get; init; }

    /// <summary>Gets the minimum notice period.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? MinimumPeriod { get; init; }
}
