namespace Dpa.Rules.Model;

/// <summary>Special categories of personal data (GDPR Art. 9(1)).</summary>
public enum SpecialCategory
{
    /// <summary>Racial or ethnic origin.</summary>
    RacialOrEthnicOrigin = 0,

    /// <summary>Political opinions.</summary>
    PoliticalOpinions = 1,

    /// <summary>Religious or philosophical beliefs.</summary>
    ReligiousOrPhilosophicalBeliefs = 2,

    /// <summary>Trade-union membership.</summary>
    TradeUnionMembership = 3,

    /// <summary>Genetic data.</summary>
    Genetic = 4,

    /// <summary>Biometric data for uniquely identifying a person.</summary>
    Biometric = 5,

    /// <summary>Data concerning health.</summary>
    Health = 6,

    /// <summary>Data concerning sex life or sexual orientation.</summary>
    SexLifeOrOrientation = 7,
}
