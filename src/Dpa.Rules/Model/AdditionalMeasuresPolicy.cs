namespace Dpa.Rules.Model;

/// <summary>What the processor does when the controller asks for security measures beyond those agreed (GDPR Art. 32(1),
/// Art. 28(3)(f)).</summary>
public enum AdditionalMeasuresPolicy
{
    /// <summary>The processor implements the measures the controller reasonably asks for.</summary>
    Implemented = 0,

    /// <summary>The processor implements them, at the controller's cost.</summary>
    ImplementedAtControllerCost = 1,

    /// <summary>The processor need not implement them ("is niet verplicht om op een dergelijk verzoek wijzigingen door te
    /// voeren").</summary>
    ProcessorMayRefuse = 2,
}
