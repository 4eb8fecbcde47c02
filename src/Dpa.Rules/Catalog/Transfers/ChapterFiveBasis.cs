using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>Decides whether processing in a country rests on a GDPR Chapter V basis on a given day.</summary>
/// <remarks>
/// <para>GDPR Art. 44: every transfer, onward transfers included, needs a basis. A country in the EEA needs none; a country
/// with an adequacy decision in force needs none (Art. 45(1)), except that the US decision covers only organisations
/// certified under the Data Privacy Framework; otherwise an Art. 46 safeguard (standard contractual clauses, binding
/// corporate rules) must be stated. A stated Art. 49 derogation counts as a stated basis here: whether it suits routine
/// transfers is DPA5008's question, and whether a US adequacy claim shows certification is DPA5003's.</para>
/// </remarks>
internal static class ChapterFiveBasis
{
    /// <summary>Gets whether processing in <paramref name="country"/> with <paramref name="safeguard"/> has a basis on <paramref name="asOf"/>.</summary>
    /// <param name="country">Where the data are processed.</param>
    /// <param name="safeguard">The stated basis, or <see langword="null"/> when none is stated.</param>
    /// <param name="asOf">The day the adequacy decisions are judged on.</param>
    public static bool Covers(CountryCode country, TransferSafeguard? safeguard, LocalDate asOf)
    {
        if (EuropeanEconomicArea.Contains(country))
        {
            return true;
        }

        if (safeguard?.Mechanism is TransferMechanism.StandardContractualClauses or TransferMechanism.BindingCorporateRules or TransferMechanism.Derogation)
        {
            return true;
        }

        return AdequacyDecisions.InForce(country, asOf) switch
        {
            null => false,
            { Scope: AdequacyScope.DataPrivacyFrameworkCertified } =>
                safeguard is { Mechanism: TransferMechanism.AdequacyDecision } or { DataPrivacyFrameworkCertified: true },
            _ => true,
        };
    }
}
