using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>Reads the authorisation regimes an agreement states for sub-processors, one or two (GDPR Art. 28(2)).</summary>
/// <remarks><para>An agreement may state a second, contradicting regime in another clause
/// (<see cref="SubProcessingTerms.OtherAuthorisation"/>). Where either clause grants a general authorisation the processor
/// can rely on it, so the conditions Art. 28(2) attaches to a general authorisation (notice of intended changes, the
/// opportunity to object) are checked; where either requires specific authorisation, SCC 2021/915 Clause 7.7(a) Option 1 is
/// the yardstick for that clause.</para></remarks>
internal static class SubProcessorRegimes
{
    /// <summary>Gets whether a clause of the agreement grants a general authorisation.</summary>
    /// <param name="terms">The sub-processing terms.</param>
    public static bool IncludesGeneral(SubProcessingTerms terms) => Includes(terms, SubProcessorAuthorisation.General);

    /// <summary>Gets whether a clause of the agreement requires specific authorisation.</summary>
    /// <param name="terms">The sub-processing terms.</param>
    public static bool IncludesSpecific(SubProcessingTerms terms) => Includes(terms, SubProcessorAuthorisation.Specific);

    private static bool Includes(SubProcessingTerms terms, SubProcessorAuthorisation regime) =>
        terms.Authorisation == regime || terms.OtherAuthorisation == regime;
}
