namespace Dpa.Rules.Model;

/// <summary>The event on which an agreement takes effect, where it names one instead of a date.</summary>
public enum EffectiveEvent
{
    /// <summary>The (last) signature of the parties.</summary>
    Signature = 0,

    /// <summary>Its acceptance, e.g. electronically.</summary>
    Acceptance = 1,

    /// <summary>The start of the main agreement.</summary>
    MainAgreementStart = 2,

    /// <summary>The start of the processing, also where that was before the agreement was concluded.</summary>
    StartOfProcessing = 3,
}
