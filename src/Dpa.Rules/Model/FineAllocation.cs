namespace Dpa.Rules.Model;

/// <summary>Who bears administrative fines (GDPR Art. 83) as between the parties.</summary>
public enum FineAllocation
{
    /// <summary>The processor indemnifies the controller for fines imposed on the controller because of the processor.</summary>
    ProcessorIndemnifiesController = 0,

    /// <summary>Fines imposed on the controller are excluded from the processor's liability and indemnity.</summary>
    ExcludedFromProcessorLiability = 1,

    /// <summary>The controller bears (indemnifies the processor for) fines imposed on the processor.</summary>
    ControllerIndemnifiesProcessor = 2,
}
