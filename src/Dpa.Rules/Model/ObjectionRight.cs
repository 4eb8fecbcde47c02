namespace Dpa.Rules.Model;

/// <summary>The controller's right to object to a new or replacing sub-processor (GDPR Art. 28(2)).</summary>
public sealed record ObjectionRight
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether the controller may object.</summary>
    public bool Available { get; init; }

    /// <summary>Gets the period within which an objection must be made.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Window { get; init; }

    /// <summary>Gets whether an objection needs reasonable grounds.</summary>
    public bool RequiresReasonableGrounds { get; init; }

    /// <summary>Gets whether the controller agrees in advance not to object when the processor meets stated conditions.</summary>
    public bool ExcludedWhenConditionsMet { get; init; }
}
