namespace Dpa.Rules.Model;

/// <summary>How the agreement was accepted (GDPR Art. 28(9): in writing, including in electronic form).</summary>
public enum AcceptanceMethod
{
    /// <summary>Signed by the parties, on paper or as a scanned document.</summary>
    Signature = 0,

    /// <summary>Signed electronically, e.g. in the processor's application.</summary>
    ElectronicSignature = 1,

    /// <summary>Accepted by ticking or clicking "I agree".</summary>
    ClickThrough = 2,

    /// <summary>Accepted on creating an account or placing an order.</summary>
    AccountCreation = 3,

    /// <summary>Accepted as part of the main agreement it is an annex to.</summary>
    WithMainAgreement = 4,

    /// <summary>Deemed accepted by using the services, with no act of acceptance.</summary>
    UseOfServices = 5,
}
