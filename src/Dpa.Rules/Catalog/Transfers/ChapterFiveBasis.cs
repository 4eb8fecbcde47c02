using System.Collections.Immutable;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>Decides whether processing in a country rests on a GDPR Chapter V basis on a given day.</summary>
/// <remarks>
/// <para>GDPR Art. 44: every transfer, onward transfers included, needs a basis. A country in the EEA needs none; a country
/// with an adequacy decision in force needs none (Art. 45(1)), except that the US decision covers only organisations
/// certified under the Data Privacy Framework; otherwise an Art. 46 safeguard (standard contractual clauses, binding
/// corporate rules) must be stated. A stated Art. 49 derogation counts as a stated basis here: whether it suits routine
/// transfers is DPA5008's question, and whether a US adequacy claim shows certification is DPA5003's. A safeguard may name
/// several mechanisms for one recipient ("the Data Privacy Framework and/or the standard contractual clauses",
/// <see cref="TransferSafeguard.AlternativeMechanisms"/>): the recipient has a basis when any of them applies.</para>
/// </remarks>
internal static class ChapterFiveBasis
{
    /// <summary>Gets whether processing in <paramref name="country"/> with <paramref name="safeguard"/> has a basis on <paramref name="asOf"/>.</summary>
    /// <param name="country">Where the data are processed.</param>
    /// <param name="safeguard">The stated basis, or <see langword="null"/> when none is stated.</param>
    /// <param name="asOf">The day the adequacy decisions are judged on.</param>
    public static bool Covers(CountryCode country, TransferSafeguard? safeguard, LocalDate asOf)
    {
        if (EuropeanEconomicArea.Contains(country) || NamesBasisForAnyCountry(safeguard))
        {
            return true;
        }

        return AdequacyDecisions.InForce(country, asOf) switch
        {
            null => false,
            { Scope: AdequacyScope.DataPrivacyFrameworkCertified } =>
                Names(safeguard, TransferMechanism.AdequacyDecision) || safeguard is { DataPrivacyFrameworkCertified: true },
            _ => true,
        };
    }

    /// <summary>Gets whether an adequacy decision in force on <paramref name="asOf"/> is shown to cover the recipient in
    /// <paramref name="country"/>: one for the whole country, the US decision for a recipient stated to be certified under
    /// the Data Privacy Framework, or a sectoral decision for a recipient stated to be within its scope.</summary>
    /// <param name="country">The recipient's country, outside the EEA.</param>
    /// <param name="safeguard">The stated basis, or <see langword="null"/> when none is stated.</param>
    /// <param name="asOf">The day the adequacy decisions are judged on.</param>
    public static bool AdequacyShown(CountryCode country, TransferSafeguard? safeguard, LocalDate asOf) =>
        AdequacyDecisions.InForce(country, asOf) switch
        {
            null => false,
            { Scope: AdequacyScope.Whole } => true,
            { Scope: AdequacyScope.DataPrivacyFrameworkCertified } => safeguard is { DataPrivacyFrameworkCertified: true },
            _ => safeguard is { WithinAdequacyScope: true },
        };

    /// <summary>Gets whether <paramref name="safeguard"/> names <paramref name="mechanism"/>, as its mechanism or an alternative.</summary>
    /// <param name="safeguard">The stated basis, or <see langword="null"/> when none is stated.</param>
    /// <param name="mechanism">The mechanism.</param>
    public static bool Names(TransferSafeguard? safeguard, TransferMechanism mechanism)
    {
        if (safeguard is null)
        {
            return false;
        }

        if (safeguard.Mechanism == mechanism)
        {
            return true;
        }

        foreach (var alternative in safeguard.AlternativeMechanisms)
        {
            if (alternative == mechanism)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether <paramref name="safeguard"/> names an Art. 46 safeguard (standard contractual clauses, binding
    /// corporate rules): a basis for any destination.</summary>
    /// <param name="safeguard">The stated basis, or <see langword="null"/> when none is stated.</param>
    public static bool NamesArticle46(TransferSafeguard? safeguard) =>
        Names(safeguard, TransferMechanism.StandardContractualClauses) || Names(safeguard, TransferMechanism.BindingCorporateRules);

    /// <summary>Gets whether <paramref name="safeguard"/> names a basis that does not depend on the destination: an Art. 46
    /// safeguard or an Art. 49 derogation (whose fitness DPA5008 judges). Adequacy cannot cover a destination left open.</summary>
    /// <param name="safeguard">The stated basis, or <see langword="null"/> when none is stated.</param>
    public static bool NamesBasisForAnyCountry(TransferSafeguard? safeguard) =>
        NamesArticle46(safeguard) || Names(safeguard, TransferMechanism.Derogation);

    /// <summary>Gets the first of <paramref name="countries"/> outside the EEA that no adequacy decision is shown to cover, so
    /// that a transfer there rests on an Art. 46 safeguard or an Art. 49 derogation.</summary>
    /// <param name="countries">The recipient's locations.</param>
    /// <param name="safeguard">The stated basis, or <see langword="null"/> when none is stated.</param>
    /// <param name="asOf">The day the adequacy decisions are judged on.</param>
    /// <returns>The country, or <see langword="null"/> when there is none.</returns>
    public static CountryCode? FirstWithoutAdequacy(ImmutableArray<CountryCode> countries, TransferSafeguard? safeguard, LocalDate asOf)
    {
        foreach (var country in countries)
        {
            if (!EuropeanEconomicArea.Contains(country) && !AdequacyShown(country, safeguard, asOf))
            {
                return country;
            }
        }

        return null;
    }
}
