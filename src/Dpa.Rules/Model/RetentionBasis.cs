namespace Dpa.Rules.Model;

/// <summary>The basis on which the processor may keep personal data beyond the end (GDPR Art. 28(3)(g): only where "Union or
/// Member State law requires storage").</summary>
public enum RetentionBasis
{
    /// <summary>Union or member-state law requires it (Art. 28(3)(g)).</summary>
    UnionOrMemberStateLaw = 0,

    /// <summary>The controller's instruction.</summary>
    ControllerInstruction = 1,

    /// <summary>The processor's own policy or interest: not a basis under Art. 28(3)(g).</summary>
    ProcessorPolicy = 2,

    /// <summary>A legal obligation, without saying whose law ("wettelijk verplicht", "wetgeving"): it may be the law of a
    /// third country, which Art. 28(3)(g) does not admit.</summary>
    UnspecifiedLaw = 3,

    /// <summary>The law of a country outside the EU and the EEA: not a basis under Art. 28(3)(g).</summary>
    ThirdCountryLaw = 4,

    /// <summary>Any obligation that applies to the processor, legal or contractual ("een op Verwerker van toepassing zijnde
    /// verplichting"): not limited to what Art. 28(3)(g) admits.</summary>
    AnyObligation = 5,
}
