namespace Dpa.Rules.Model;

/// <summary>Who bears the cost of a duty.</summary>
public enum CostAllocation
{
    /// <summary>Free of charge to the controller.</summary>
    Free = 0,

    /// <summary>Charged at reasonable cost.</summary>
    ReasonableCost = 1,

    /// <summary>Charged at the processor's rates, without limit.</summary>
    ProcessorRates = 2,

    /// <summary>Borne by the controller in full.</summary>
    Controller = 3,

    /// <summary>Borne by the controller unless the processor is found in breach.</summary>
    ControllerUnlessProcessorAtFault = 4,

    /// <summary>Shared between the parties, such as an audit for which the controller pays its auditor and the processor its own staff.</summary>
    Shared = 5,
}
