namespace Dpa.Rules.Model;

/// <summary>What happens to personal data at the end of the services (GDPR Art. 28(3)(g)).</summary>
public enum EndOfServiceChoice
{
    /// <summary>Deletion or return, at the controller's choice.</summary>
    ControllerChooses = 0,

    /// <summary>Deletion only.</summary>
    DeleteOnly = 1,

    /// <summary>Return only.</summary>
    ReturnOnly = 2,

    /// <summary>At the processor's choice.</summary>
    ProcessorChooses = 3,
}
