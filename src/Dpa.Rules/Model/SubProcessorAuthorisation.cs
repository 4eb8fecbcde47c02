namespace Dpa.Rules.Model;

/// <summary>The regime under which sub-processors may be engaged (GDPR Art. 28(2)).</summary>
public enum SubProcessorAuthorisation
{
    /// <summary>Prior specific written authorisation for each sub-processor (SCC 7.7 Option 1).</summary>
    Specific = 0,

    /// <summary>Prior general written authorisation with notice of changes and a right to object (SCC 7.7 Option 2).</summary>
    General = 1,

    /// <summary>No sub-processors may be engaged.</summary>
    NotAllowed = 2,
}
