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
}
