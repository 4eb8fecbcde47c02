namespace Dpa.Rules.Model;

/// <summary>How the agreement may be amended.</summary>
public sealed record AmendmentTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether the processor may amend by notice or publication.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ProcessorMayAmendUnilaterally { get; init; }

    /// <summary>Gets the notice period for an amendment.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? NoticePeriod { get; init; }

    /// <summary>Gets whether the controller may object to or terminate on an amendment.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ControllerMayObjectOrTerminate { get; init; }

    /// <summary>Gets whether amendments need both parties' written agreement.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? RequiresWrittenAgreement { get; init; }
}
