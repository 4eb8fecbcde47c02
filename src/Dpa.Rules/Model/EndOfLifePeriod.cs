using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A period that runs from an end-of-life event, such as "one month after the contract ends".</summary>
public sealed record EndOfLifePeriod
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the period.</summary>
    public required ContractualPeriod Period { get; init; }

    /// <summary>Gets the event it runs from.</summary>
    public EndOfLifeTrigger From { get; init => field = Preconditions.CheckDefined(value); } = EndOfLifeTrigger.AgreementEnd;
}
