namespace Dpa.Rules.Model;

/// <summary>When audits may take place.</summary>
public enum AuditCondition
{
    /// <summary>At reasonable intervals, or whenever the controller asks.</summary>
    AtIntervals = 0,

    /// <summary>Only on a (concrete) suspicion of non-compliance.</summary>
    OnlyOnSuspicion = 1,

    /// <summary>Only through certifications or third-party reports; no audit of the processor.</summary>
    OnlyByCertification = 2,

    /// <summary>Only on a suspicion of non-compliance that the controller has first demonstrated ("welke is aangetoond").</summary>
    OnlyOnDemonstratedSuspicion = 3,
}
