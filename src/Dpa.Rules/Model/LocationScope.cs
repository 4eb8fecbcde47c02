namespace Dpa.Rules.Model;

/// <summary>The geographical scope to which processing is restricted.</summary>
public enum LocationScope
{
    /// <summary>Only the listed countries.</summary>
    Countries = 0,

    /// <summary>The European Union.</summary>
    EuropeanUnion = 1,

    /// <summary>The European Economic Area (EU plus Iceland, Liechtenstein and Norway).</summary>
    EuropeanEconomicArea = 2,

    /// <summary>Anywhere in the world: the agreement states that the data may be processed wherever the processor or its
    /// sub-processors operate. Not a restriction at all, but what the clause says.</summary>
    Worldwide = 3,
}
