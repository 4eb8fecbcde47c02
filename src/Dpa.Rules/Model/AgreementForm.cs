namespace Dpa.Rules.Model;

/// <summary>How the agreement is recorded (GDPR Art. 28(9): in writing, including in electronic form).</summary>
public enum AgreementForm
{
    /// <summary>A written document, on paper or as a file.</summary>
    Written = 0,

    /// <summary>Accepted electronically (click-through, e-signature, accepted on a subscription page).</summary>
    Electronic = 1,

    /// <summary>Only oral: does not meet Art. 28(9).</summary>
    Oral = 2,
}
