using System.Collections.Immutable;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>The Commission's adequacy decisions (GDPR Art. 45), kept as dated data and evaluated at an as-of date.</summary>
/// <remarks>
/// <para>Source: legal.md §3. Each entry says whether its decision number and dates are confirmed there or still to
/// confirm against the Official Journal. Decisions adopted under Directive 95/46/EC remain in force under GDPR Art. 45(9)
/// until amended, replaced or repealed. The European Patent Organisation (adequacy adopted 15 July 2025, confirmed) has
/// no ISO country code and so no entry: an international organisation is not a <see cref="CountryCode"/>.</para>
/// </remarks>
internal static class AdequacyDecisions
{
    /// <summary>Gets every known decision, in country order.</summary>
    public static ImmutableArray<AdequacyDecision> All { get; } =
    [
        // Andorra: Decision 2010/625/EU of 19 October 2010 (to confirm).
        Entry("AD", "Decision 2010/625/EU", new LocalDate(2010, 10, 19)),
        // Argentina: Decision 2003/490/EC of 30 June 2003 (to confirm).
        Entry("AR", "Decision 2003/490/EC", new LocalDate(2003, 6, 30)),
        // Brazil: Implementing Decision (EU) 2026/179 of 26 January 2026 (confirmed).
        Entry("BR", "Implementing Decision (EU) 2026/179", new LocalDate(2026, 1, 26)),
        // Canada: Decision 2002/2/EC of 20 December 2001, commercial organisations under PIPEDA only (to confirm).
        Entry("CA", "Decision 2002/2/EC", new LocalDate(2001, 12, 20), scope: AdequacyScope.Sectoral),
        // Switzerland: Decision 2000/518/EC of 26 July 2000 (to confirm). Not in the EEA.
        Entry("CH", "Decision 2000/518/EC", new LocalDate(2000, 7, 26)),
        // Faroe Islands: Decision 2010/146/EU of 5 March 2010 (to confirm).
        Entry("FO", "Decision 2010/146/EU", new LocalDate(2010, 3, 5)),
        // United Kingdom: Implementing Decision (EU) 2021/1772 of 28 June 2021 (GDPR), extended to 27 December 2025,
        // then renewed on 19 December 2025 until 27 December 2031 (confirmed; the renewing decision's number to confirm).
        Entry("GB", "Implementing Decision (EU) 2021/1772", new LocalDate(2021, 6, 28), until: new LocalDate(2025, 12, 27)),
        Entry("GB", "Renewed UK adequacy decision of 19 December 2025", new LocalDate(2025, 12, 19), until: new LocalDate(2031, 12, 27)),
        // Guernsey: Decision 2003/821/EC of 21 November 2003 (to confirm).
        Entry("GG", "Decision 2003/821/EC", new LocalDate(2003, 11, 21)),
        // Israel: Decision 2011/61/EU of 31 January 2011 (to confirm).
        Entry("IL", "Decision 2011/61/EU", new LocalDate(2011, 1, 31)),
        // Isle of Man: Decision 2004/411/EC of 28 April 2004 (to confirm).
        Entry("IM", "Decision 2004/411/EC", new LocalDate(2004, 4, 28)),
        // Jersey: Decision 2008/393/EC of 8 May 2008 (to confirm).
        Entry("JE", "Decision 2008/393/EC", new LocalDate(2008, 5, 8)),
        // Japan: Implementing Decision (EU) 2019/419 of 23 January 2019, private sector under the APPI with the
        // supplementary rules (to confirm).
        Entry("JP", "Implementing Decision (EU) 2019/419", new LocalDate(2019, 1, 23), scope: AdequacyScope.Sectoral),
        // Republic of Korea: Implementing Decision (EU) 2022/254 of 17 December 2021, entities under PIPA with some
        // exclusions (confirmed).
        Entry("KR", "Implementing Decision (EU) 2022/254", new LocalDate(2021, 12, 17), scope: AdequacyScope.Sectoral),
        // New Zealand: Decision 2013/65/EU of 19 December 2012 (to confirm).
        Entry("NZ", "Decision 2013/65/EU", new LocalDate(2012, 12, 19)),
        // United States: Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework), only
        // organisations certified under the framework (scope confirmed; number and date to confirm).
        Entry("US", "Implementing Decision (EU) 2023/1795", new LocalDate(2023, 7, 10), scope: AdequacyScope.DataPrivacyFrameworkCertified),
        // Uruguay: Decision 2012/484/EU of 21 August 2012 (to confirm).
        Entry("UY", "Decision 2012/484/EU", new LocalDate(2012, 8, 21)),
    ];

    /// <summary>Finds the decision covering <paramref name="country"/> on <paramref name="date"/>.</summary>
    /// <param name="country">The country.</param>
    /// <param name="date">The day, usually the validation's as-of date.</param>
    /// <returns>The decision in force, or <see langword="null"/> when there is none on that day.</returns>
    public static AdequacyDecision? InForce(CountryCode country, LocalDate date)
    {
        foreach (var decision in All)
        {
            if (decision.Country == country && decision.IsInForceOn(date))
            {
                return decision;
            }
        }

        return null;
    }

    private static AdequacyDecision Entry(string country, string decision, LocalDate from, LocalDate? until = null, AdequacyScope scope = AdequacyScope.Whole) =>
        new(CountryCode.Parse(country), decision, from, until, scope);
}
