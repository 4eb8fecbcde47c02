namespace Dpa.Rules.Model;

/// <summary>What the processing's duration is tied to (GDPR Art. 28(3): "duration of the processing").</summary>
public enum DurationBasis
{
    /// <summary>For as long as the main (service) agreement runs.</summary>
    MainAgreement = 0,

    /// <summary>A fixed term (<see cref="ProcessingDuration.Term"/>).</summary>
    FixedTerm = 1,

    /// <summary>Until a stated date (<see cref="ProcessingDuration.EndsOn"/>).</summary>
    UntilDate = 2,

    /// <summary>For as long as personal data are processed for the services.</summary>
    WhileProcessing = 3,

    /// <summary>Indefinite, ended by notice.</summary>
    Indefinite = 4,
}
