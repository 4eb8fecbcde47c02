using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A period that runs from an end-of-life event, such as "one month after the contract ends".</summary>
public sealed record EndOfLifePeriod
{
    /// <summary>Gets the period.</summary>
    public required ContractualPeriod Period { get; init; }

    /// <summary>Gets the event it runs from.</summary>
    public EndOfLifeTrigger From { get; init => field = Preconditions.CheckDefined(value); } = EndOfLifeTrigger.AgreementEnd;
}
