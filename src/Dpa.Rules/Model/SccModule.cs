namespace Dpa.Rules.Model;

/// <summary>The module of the 2021/914 standard contractual clauses.</summary>
public enum SccModule
{
    /// <summary>Module 1: controller to controller.</summary>
    ControllerToController = 1,

    /// <summary>Module 2: controller to processor.</summary>
    ControllerToProcessor = 2,

    /// <summary>Module 3: processor to processor.</summary>
    ProcessorToProcessor = 3,

    /// <summary>Module 4: processor to controller.</summary>
    ProcessorToController = 4,
}
