namespace Dpa.Rules.Model;

/// <summary>How far the processor's own data-protection obligations are imposed on its sub-processors (GDPR Art. 28(4)).</summary>
public enum FlowDownScope
{
    /// <summary>The same data-protection obligations (Art. 28(4); SCC 7.7(b)).</summary>
    SameObligations = 0,

    /// <summary>Only some ("relevant") obligations.</summary>
    PartialObligations = 1,

    /// <summary>Explicitly none.</summary>
    None = 2,
}
