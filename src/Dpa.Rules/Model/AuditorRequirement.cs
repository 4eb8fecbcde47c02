namespace Dpa.Rules.Model;

/// <summary>A requirement the agreement sets for the auditor the controller mandates (SCC 2021/915 Clause 7.6(d): an
/// independent auditor).</summary>
public enum AuditorRequirement
{
    /// <summary>The auditor is bound to confidentiality.</summary>
    BoundToConfidentiality = 0,

    /// <summary>The auditor is certified (e.g. a registered IT auditor).</summary>
    Certified = 1,

    /// <summary>The auditor has no conflicting interest and is not a competitor of the processor.</summary>
    NoConflictOfInterest = 2,
}
