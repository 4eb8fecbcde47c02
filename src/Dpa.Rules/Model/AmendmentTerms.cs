namespace Dpa.Rules.Model;

/// <summary>How the agreement may be amended.</summary>
public sealed record AmendmentTerms
{
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
