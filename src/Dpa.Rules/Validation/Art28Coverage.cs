namespace Dpa.Rules.Validation;

/// <summary>Whether an agreement covers one element of the GDPR Art. 28 checklist.</summary>
public enum Art28Coverage
{
    /// <summary>The rules behind the element ran and none of them has an active error- or warning-severity finding.</summary>
    Covered = 0,

    /// <summary>At least one rule behind the element has an active (unsuppressed) error- or warning-severity finding.</summary>
    Gap = 1,

    /// <summary>The element does not apply to the agreement, e.g. GDPR Art. 28(4) when no sub-processors may be engaged.</summary>
    NotApplicable = 2,

    /// <summary>No rule of the run checks the element, so nothing can be said about it (never reported as covered).</summary>
    NotChecked = 3,
}
