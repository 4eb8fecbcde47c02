namespace Dpa.Rules.Model;

/// <summary>A purpose of the processor's own for which an agreement lets it use the personal data (GDPR Art. 28(10)).</summary>
public enum ProcessorOwnPurpose
{
    /// <summary>Improving or optimising its services or products.</summary>
    ServiceImprovement = 0,

    /// <summary>Developing new products or services.</summary>
    ProductDevelopment = 1,

    /// <summary>Statistics or analytics, e.g. on the use of its services.</summary>
    Analytics = 2,

    /// <summary>Benchmarking.</summary>
    Benchmarking = 3,

    /// <summary>Research.</summary>
    Research = 4,

    /// <summary>Training or improving machine-learning models.</summary>
    ModelTraining = 5,

    /// <summary>Marketing its own services.</summary>
    Marketing = 6,

    /// <summary>Another purpose of its own.</summary>
    Other = 7,
}
