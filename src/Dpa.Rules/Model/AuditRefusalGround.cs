namespace Dpa.Rules.Model;

/// <summary>A ground on which the agreement lets the processor refuse an audit or a request for compliance information
/// (GDPR Art. 28(3)(h)).</summary>
/// <remarks><para>Art. 28(3)(h) has the processor make available "all information necessary" and "allow for and contribute
/// to" audits, with no refusal grounds of its own. Some grounds only restate limits the law sets anyway
/// (<see cref="UnrelatedToProcessing"/>, <see cref="ContraryToLaw"/>); the others let the processor decide whether the
/// controller may verify it.</para></remarks>
public enum AuditRefusalGround
{
    /// <summary>The request would be a disproportionate burden for the processor ("een disproportionele last").</summary>
    DisproportionateBurden = 0,

    /// <summary>The request would disclose the processor's trade secrets or other confidential information, such as other
    /// customers' information ("bedrijfsgeheimen").</summary>
    ConfidentialInformation = 1,

    /// <summary>The request would give no information beyond what the processor has already provided or published, such
    /// as its certifications ("geen extra informatie").</summary>
    NoAdditionalInformation = 2,

    /// <summary>The request does not relate to the processing of personal data under the agreement.</summary>
    UnrelatedToProcessing = 3,

    /// <summary>Complying with the request would infringe the law.</summary>
    ContraryToLaw = 4,
}
