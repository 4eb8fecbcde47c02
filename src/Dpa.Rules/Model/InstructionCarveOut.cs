namespace Dpa.Rules.Model;

/// <summary>A ground on which an agreement lets the processor process personal data without, or beyond, the controller's
/// documented instructions (GDPR Art. 28(3)(a)).</summary>
public enum InstructionCarveOut
{
    /// <summary>Where Union or member-state law to which the processor is subject requires it: Art. 28(3)(a)'s own
    /// exception. An unqualified legal obligation ("een wettelijke verplichting") in an agreement governed by a member
    /// state's law is read as this.</summary>
    UnionOrMemberStateLaw = 0,

    /// <summary>Where any applicable law requires it, the law of a third country included ("as required by applicable law"
    /// where the processor is subject to such law): wider than Art. 28(3)(a).</summary>
    AnyApplicableLaw = 1,

    /// <summary>For purposes related to the agreed ones, as the processor may see them ("doeleinden die daarmee redelijkerwijs
    /// samenhangen"): not a documented instruction.</summary>
    RelatedPurposes = 2,

    /// <summary>Where the processor considers it necessary or appropriate: not a documented instruction.</summary>
    ProcessorDiscretion = 3,
}
