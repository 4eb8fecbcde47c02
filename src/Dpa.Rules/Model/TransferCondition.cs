namespace Dpa.Rules.Model;

/// <summary>A condition under which the agreement allows processing outside the agreed locations.</summary>
public enum TransferCondition
{
    /// <summary>On the controller's documented (written) instruction or consent.</summary>
    ControllerInstruction = 0,

    /// <summary>Where Union or member-state law requires it.</summary>
    LegalRequirement = 1,

    /// <summary>Where an adequacy decision applies.</summary>
    AdequacyDecision = 2,

    /// <summary>Where the Commission's standard contractual clauses are agreed.</summary>
    StandardContractualClauses = 3,

    /// <summary>Where the destination "ensures an adequate level of protection", without naming a Chapter V mechanism.</summary>
    AdequateProtectionUnspecified = 4,

    /// <summary>For the sub-processors the agreement itself lists, at their stated locations (an EEA restriction "except for
    /// the sub-processors in Annex 2").</summary>
    ListedSubProcessor = 5,

    /// <summary>Unless the controller objects: the controller is deemed to consent to a transfer it does not object to
    /// (tacit consent), which is no documented instruction (GDPR Art. 28(3)(a)).</summary>
    ControllerTacitConsent = 6,
}
