using System.Collections.Immutable;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>The Commission's adequacy decisions (GDPR Art. 45), kept as dated data and evaluated at an as-of date.</summary>
/// <remarks>
/// <para>Each entry gives the decision number, the date of adoption (used as the first day in force), the CELEX id and its
/// <see cref="AdequacyDataStatus"/>: <see cref="AdequacyDataStatus.Confirmed"/> only where all three were read in the
/// Official Journal as published on EUR-Lex (or a faithful reproduction that gives the CELEX id); the comment above each
/// entry cites where, or says what is still to confirm. Decisions adopted under Directive 95/46/EC remain in force under
/// GDPR Art. 45(9) until amended, replaced or repealed; the eleven of them listed here were all amended by Implementing
/// Decision (EU) 2016/2295 (CELEX 32016D2295), whose title names each. The European Patent Organisation (adequacy adopted
/// 15 July 2025, confirmed) has no ISO country code and so no entry: an international organisation is not a
/// <see cref="CountryCode"/>.</para>
/// </remarks>
internal static class AdequacyDecisions
{
    /// <summary>Gets every known decision, in country order.</summary>
    public static ImmutableArray<AdequacyDecision> All { get; } =
    [
        // Andorra: Commission Decision 2010/625/EU of 19 October 2010, OJ L 277, 21.10.2010, p. 27 (EUR-Lex 32010D0625).
        Entry("AD", "Decision 2010/625/EU", "32010D0625", new LocalDate(2010, 10, 19), AdequacyDataStatus.Confirmed),
        // Argentina: Commission Decision 2003/490/EC of 30 June 2003, OJ L 168, 5.7.2003, p. 19 (EUR-Lex 32003D0490).
        Entry("AR", "Decision 2003/490/EC", "32003D0490", new LocalDate(2003, 6, 30), AdequacyDataStatus.Confirmed),
        // Brazil: Commission Implementing Decision (EU) 2026/179 of 26 January 2026, OJ L, 2026/179, 28.1.2026
        // (EUR-Lex 32026D0179).
        Entry("BR", "Implementing Decision (EU) 2026/179", "32026D0179", new LocalDate(2026, 1, 26), AdequacyDataStatus.Confirmed),
        // Canada: Commission Decision 2002/2/EC of 20 December 2001, OJ L 2, 4.1.2002, p. 13 (EUR-Lex 32002D0002); commercial
        // organisations under PIPEDA only.
        Entry("CA", "Decision 2002/2/EC", "32002D0002", new LocalDate(2001, 12, 20), AdequacyDataStatus.Confirmed, scope: AdequacyScope.Sectoral),
        // Switzerland: Commission Decision 2000/518/EC of 26 July 2000, OJ L 215, 25.8.2000, p. 1 (EUR-Lex 32000D0518). Not in the EEA.
        Entry("CH", "Decision 2000/518/EC", "32000D0518", new LocalDate(2000, 7, 26), AdequacyDataStatus.Confirmed),
        // Faroe Islands: Commission Decision of 5 March 2010 (date in the Faroese data protection authority's own statement);
        // number 2010/146/EU (named in the title of Implementing Decision (EU) 2016/2295) and CELEX 32010D0146 tied to the
        // Faroe Islands only by secondary lists (W3C DPV): to confirm against EUR-Lex.
        Entry("FO", "Decision 2010/146/EU", "32010D0146", new LocalDate(2010, 3, 5), AdequacyDataStatus.ToConfirm),
        // United Kingdom: Commission Implementing Decision (EU) 2021/1772 of 28 June 2021 (GDPR; EUR-Lex 32021D1772, as
        // reproduced with its CELEX id), first expiring on 27 June 2025 and extended to 27 December 2025 by an amending
        // decision of 24 June 2025 (secondary sources; its number was not found). Renewed on 19 December 2025 until
        // 27 December 2031 (legal.md, confirmed); the renewing implementing decision's number and CELEX id were not found in
        // the stored sources.
        Entry("GB", "Implementing Decision (EU) 2021/1772", "32021D1772", new LocalDate(2021, 6, 28), AdequacyDataStatus.Confirmed, until: new LocalDate(2025, 12, 27)),
        Entry("GB", "Implementing decision of 19 December 2025 renewing the UK adequacy (number to confirm)", null, new LocalDate(2025, 12, 19), AdequacyDataStatus.ToConfirm, until: new LocalDate(2031, 12, 27)),
        // Guernsey: Commission Decision 2003/821/EC of 21 November 2003, OJ L 308, 25.11.2003, p. 27 (EUR-Lex 32003D0821).
        Entry("GG", "Decision 2003/821/EC", "32003D0821", new LocalDate(2003, 11, 21), AdequacyDataStatus.Confirmed),
        // Israel: Commission Decision 2011/61/EU of 31 January 2011, OJ L 27, 1.2.2011, p. 39 (EUR-Lex 32011D0061,
        // consolidated 02011D0061-20161217).
        Entry("IL", "Decision 2011/61/EU", "32011D0061", new LocalDate(2011, 1, 31), AdequacyDataStatus.Confirmed),
        // Isle of Man: Commission Decision 2004/411/EC of 28 April 2004 (number and date read in a reproduction of the
        // decision; the number is also named in the title of Implementing Decision (EU) 2016/2295). CELEX 32004D0411 from
        // secondary lists only: to confirm against EUR-Lex.
        Entry("IM", "Decision 2004/411/EC", "32004D0411", new LocalDate(2004, 4, 28), AdequacyDataStatus.ToConfirm),
        // Jersey: Commission Decision 2008/393/EC of 8 May 2008 (EUR-Lex 32008D0393, as reproduced with its CELEX id).
        Entry("JE", "Decision 2008/393/EC", "32008D0393", new LocalDate(2008, 5, 8), AdequacyDataStatus.Confirmed),
        // Japan: Commission Implementing Decision (EU) 2019/419 of 23 January 2019 (EUR-Lex 32019D0419, as reproduced by
        // legislation.gov.uk with its EUR-Lex source); private sector under the APPI with the supplementary rules.
        Entry("JP", "Implementing Decision (EU) 2019/419", "32019D0419", new LocalDate(2019, 1, 23), AdequacyDataStatus.Confirmed, scope: AdequacyScope.Sectoral),
        // Republic of Korea: Commission Implementing Decision (EU) 2022/254 of 17 December 2021 (EUR-Lex 32022D0254, as
        // reproduced with its CELEX id); entities under PIPA with some exclusions.
        Entry("KR", "Implementing Decision (EU) 2022/254", "32022D0254", new LocalDate(2021, 12, 17), AdequacyDataStatus.Confirmed, scope: AdequacyScope.Sectoral),
        // New Zealand: Commission Implementing Decision 2013/65/EU of 19 December 2012, OJ L 28, 30.1.2013, p. 12 (number and
        // date read in the Official Journal's table of contents on EUR-Lex). CELEX 32013D0065 from secondary lists only: to confirm.
        Entry("NZ", "Implementing Decision 2013/65/EU", "32013D0065", new LocalDate(2012, 12, 19), AdequacyDataStatus.ToConfirm),
        // United States: Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework;
        // EUR-Lex 32023D1795, as reproduced with its CELEX id); only organisations certified under the framework.
        Entry("US", "Implementing Decision (EU) 2023/1795", "32023D1795", new LocalDate(2023, 7, 10), AdequacyDataStatus.Confirmed, scope: AdequacyScope.DataPrivacyFrameworkCertified),
        // Uruguay: Commission Implementing Decision 2012/484/EU of 21 August 2012, OJ L 227, 23.8.2012, p. 11 (EUR-Lex 32012D0484).
        Entry("UY", "Implementing Decision 2012/484/EU", "32012D0484", new LocalDate(2012, 8, 21), AdequacyDataStatus.Confirmed),
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

    private static AdequacyDecision Entry(
        string country, string decision, string? celex, LocalDate from, AdequacyDataStatus status, LocalDate? until = null, AdequacyScope scope = AdequacyScope.Whole) =>
        new(CountryCode.Parse(country), decision, celex, from, until, scope, status);
}
