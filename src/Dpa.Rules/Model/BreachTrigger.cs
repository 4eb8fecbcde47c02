namespace Dpa.Rules.Model;

/// <summary>The event from which the processor's breach-notification period runs.</summary>
public enum BreachTrigger
{
    /// <summary>From becoming aware (GDPR Art. 33(2)).</summary>
    Awareness = 0,

    /// <summary>From discovery ("ontdekking"): read as awareness.</summary>
    Discovery = 1,

    /// <summary>Only once a breach is confirmed to have occurred: later than awareness.</summary>
    Confirmation = 2,

    /// <summary>After the processor's own investigation: later than awareness.</summary>
    AfterInvestigation = 3,

    /// <summary>From the breach itself ("in het geval dat zich een inbreuk ... voordoet ... uiterlijk binnen 24 uur"): no later
    /// than awareness, so the period ends no later than one counted from awareness.</summary>
    Occurrence = 4,
}
