namespace Dpa.Rules.Model;

/// <summary>A limitation of the processor's duty to notify the controller of personal data breaches, which GDPR Art. 33(2)
/// applies to every breach the processor becomes aware of.</summary>
public enum BreachNotificationLimitation
{
    /// <summary>Only breaches that have, or are likely to have, adverse consequences: the processor judges the risk that
    /// Art. 33(1) leaves to the controller ("een inbreuk ... die leidt tot een kans op nadelige gevolgen").</summary>
    AdverseConsequencesOnly = 0,

    /// <summary>Only breaches that actually occurred, not suspected ones ("alleen als de gebeurtenis zich daadwerkelijk
    /// voorgedaan heeft").</summary>
    ActuallyOccurredOnly = 1,
}
