namespace Dpa.Rules.Model;

/// <summary>How promptly a notice must be given.</summary>
public enum Promptness
{
    /// <summary>Immediately.</summary>
    Immediately = 0,

    /// <summary>Without undue delay.</summary>
    WithoutUndueDelay = 1,

    /// <summary>Within a stated period.</summary>
    WithinPeriod = 2,

    /// <summary>Reasonable or best efforts only.</summary>
    BestEfforts = 3,
}
