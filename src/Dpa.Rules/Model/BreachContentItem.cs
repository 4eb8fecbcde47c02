namespace Dpa.Rules.Model;

/// <summary>An item of the minimum content of a breach notification (GDPR Art. 33(3)).</summary>
public enum BreachContentItem
{
    /// <summary>Nature of the breach, categories and approximate numbers of data subjects and records (33(3)(a)).</summary>
    NatureAndScale = 0,

    /// <summary>A contact point for more information (33(3)(b)).</summary>
    ContactPoint = 1,

    /// <summary>Likely consequences (33(3)(c)).</summary>
    LikelyConsequences = 2,

    /// <summary>Measures taken or proposed (33(3)(d)).</summary>
    Measures = 3,
}
