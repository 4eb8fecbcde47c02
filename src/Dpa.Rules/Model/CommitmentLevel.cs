namespace Dpa.Rules.Model;

/// <summary>How firmly the processor commits to a duty.</summary>
public enum CommitmentLevel
{
    /// <summary>A binding obligation ("shall").</summary>
    Binding = 0,

    /// <summary>Best or reasonable efforts only ("zal zich inspannen").</summary>
    BestEfforts = 1,
}
