using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>The member states of the European Union and of the European Economic Area, as law data for the transfer rules.</summary>
/// <remarks>
/// <para>Processing inside the EEA is no transfer under GDPR Chapter V (Art. 44): the GDPR applies in the EU-27 and, through
/// the EEA Agreement, in Iceland, Liechtenstein and Norway. Switzerland is not in the EEA (it has an adequacy decision, see
/// <see cref="AdequacyDecisions"/>). Greece is accepted both as ISO <c>GR</c> and as the EU's own code <c>EL</c>. The
/// ISO 3166-1 exceptionally reserved code <c>EU</c> is a location "somewhere in the European Union" (an agreement that
/// names the region, not a member state, e.g. seed 003 Bijl.1 "Verwerkingsland EU"): inside the EU and the EEA, but no
/// particular member state. Source: legal.md §3 (confirmed).</para>
/// </remarks>
internal static class EuropeanEconomicArea
{
    /// <summary>Gets whether <paramref name="country"/> is a member state of the European Union, or <c>EU</c> itself.</summary>
    /// <param name="country">The country.</param>
    public static bool IsEuropeanUnion(CountryCode country) => country.Value switch
    {
        "AT" or "BE" or "BG" or "HR" or "CY" or "CZ" or "DK" or "EE" or "FI" or "FR" or "DE" or "GR" or "EL" or "HU"
            or "IE" or "IT" or "LV" or "LT" or "LU" or "MT" or "NL" or "PL" or "PT" or "RO" or "SK" or "SI" or "ES"
            or "SE" or "EU" => true,
        _ => false,
    };

    /// <summary>Gets whether <paramref name="country"/> is in the European Economic Area (EU-27 plus IS, LI, NO).</summary>
    /// <param name="country">The country.</param>
    public static bool Contains(CountryCode country) =>
        IsEuropeanUnion(country) || country.Value is "IS" or "LI" or "NO";

    /// <summary>Gets whether two codes name the same country, treating Greece's <c>GR</c> and <c>EL</c> as one.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other code.</param>
    public static bool SameCountry(CountryCode left, CountryCode right) =>
        left == right || (IsGreece(left) && IsGreece(right));

    /// <summary>Gets whether a restriction to <paramref name="allowed"/> permits processing in <paramref name="country"/>:
    /// the same country, or any EU member state when <paramref name="allowed"/> is <c>EU</c>.</summary>
    /// <param name="allowed">A country of a location restriction.</param>
    /// <param name="country">A stated processing location.</param>
    /// <remarks><para>The converse does not hold: a location stated only as <c>EU</c> is not shown to be inside a restriction to
    /// one member state, such as "uitsluitend in Nederland".</para></remarks>
    public static bool Covers(CountryCode allowed, CountryCode country) =>
        SameCountry(allowed, country) || (allowed.Value == "EU" && IsEuropeanUnion(country));

    private static bool IsGreece(CountryCode country) => country.Value is "GR" or "EL";
}
