using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class AdequacyDecisionsTests
{
    private static AdequacyDecision? On(string country, int year, int month, int day) =>
        AdequacyDecisions.InForce(CountryCode.Parse(country), new LocalDate(year, month, day));

    [Fact]
    public void UnitedKingdom_IsAdequateUntil27December2031()
    {
        // legal.md §3: renewed 19 Dec 2025, valid until 27 Dec 2031 (confirmed).
        Assert.NotNull(On("GB", 2026, 11, 25));
        Assert.NotNull(On("GB", 2031, 12, 27));
        Assert.Null(On("GB", 2031, 12, 28));
        Assert.Null(On("GB", 2032, 1, 1));
    }

    [Fact]
    public void UnitedKingdom_IsCoveredWithoutGapAcrossTheRenewal()
    {
        Assert.NotNull(On("GB", 2025, 12, 18));
        Assert.NotNull(On("GB", 2025, 12, 28));
    }

    [Fact]
    public void Brazil_IsAdequateFrom26January2026()
    {
        // legal.md §3: Implementing Decision (EU) 2026/179 of 26 Jan 2026 (confirmed).
        Assert.Null(On("BR", 2026, 1, 25));
        Assert.Equal("Implementing Decision (EU) 2026/179", On("BR", 2026, 1, 26)?.Decision);
    }

    [Fact]
    public void UnitedStates_CoversOnlyDataPrivacyFrameworkCertifiedOrganisations()
    {
        Assert.Equal(AdequacyScope.DataPrivacyFrameworkCertified, On("US", 2026, 11, 25)?.Scope);
        Assert.Null(On("US", 2023, 7, 9));
    }

    [Theory]
    [InlineData("CA")]
    [InlineData("JP")]
    [InlineData("KR")]
    public void CanadaJapanKorea_HaveScopeConditions(string country) =>
        Assert.Equal(AdequacyScope.Sectoral, On(country, 2026, 11, 25)?.Scope);

    [Theory]
    [InlineData("CH")]
    [InlineData("NZ")]
    [InlineData("IL")]
    public void OtherAdequateCountries_CoverEveryRecipient(string country) =>
        Assert.Equal(AdequacyScope.Whole, On(country, 2026, 11, 25)?.Scope);

    [Theory]
    [InlineData("IN")]
    [InlineData("CN")]
    [InlineData("AU")]
    public void CountriesWithoutDecision_AreNotAdequate(string country) => Assert.Null(On(country, 2026, 11, 25));

    // Number, date of adoption and CELEX id of each decision, as read in the Official Journal on EUR-Lex (the source of each
    // row is in its comment). The as-of day is the date of adoption, the first day the data treats the decision as in force.
    [Theory]
    // EUR-Lex 32010D0625: Commission Decision of 19 October 2010 ... Andorra (2010/625/EU), OJ L 277, 21.10.2010, p. 27.
    [InlineData("AD", "2010-10-19", "Decision 2010/625/EU", "32010D0625", true)]
    // EUR-Lex 32003D0490: Commission Decision of 30 June 2003 ... Argentina (2003/490/EC), OJ L 168, 5.7.2003, p. 19.
    [InlineData("AR", "2003-06-30", "Decision 2003/490/EC", "32003D0490", true)]
    // EUR-Lex 32026D0179: Commission Implementing Decision (EU) 2026/179 of 26 January 2026 ... Brazil, OJ L, 2026/179, 28.1.2026.
    [InlineData("BR", "2026-01-26", "Implementing Decision (EU) 2026/179", "32026D0179", true)]
    // EUR-Lex 32002D0002: Commission Decision of 20 December 2001 ... Canadian PIPEDA (2002/2/EC), OJ L 2, 4.1.2002, p. 13.
    [InlineData("CA", "2001-12-20", "Decision 2002/2/EC", "32002D0002", true)]
    // EUR-Lex 32000D0518: Commission Decision of 26 July 2000 ... Switzerland (2000/518/EC), OJ L 215, 25.8.2000, p. 1.
    [InlineData("CH", "2000-07-26", "Decision 2000/518/EC", "32000D0518", true)]
    // Date: the Faroese data protection authority cites the "Commission Decision of 5 March 2010"; the number 2010/146/EU
    // appears in the title of Implementing Decision (EU) 2016/2295 (EUR-Lex 32016D2295), but its tie to the Faroe Islands
    // and CELEX 32010D0146 come from secondary lists only: to confirm.
    [InlineData("FO", "2010-03-05", "Decision 2010/146/EU", "32010D0146", false)]
    // EUR-Lex 32021D1772 (reproduced with its CELEX id): Commission Implementing Decision (EU) 2021/1772 of 28 June 2021 ... United Kingdom.
    [InlineData("GB", "2021-06-28", "Implementing Decision (EU) 2021/1772", "32021D1772", true)]
    // EUR-Lex 32003D0821: Commission Decision of 21 November 2003 ... Guernsey (2003/821/EC), OJ L 308, 25.11.2003, p. 27.
    [InlineData("GG", "2003-11-21", "Decision 2003/821/EC", "32003D0821", true)]
    // EUR-Lex 02011D0061-20161217 (consolidated): Commission Decision of 31 January 2011 ... State of Israel (2011/61/EU), OJ L 27, 1.2.2011, p. 39.
    [InlineData("IL", "2011-01-31", "Decision 2011/61/EU", "32011D0061", true)]
    // A reproduction of the decision: Commission Decision of 28 April 2004 ... Isle of Man (2004/411/EC); the number is also in
    // the title of 2016/2295. CELEX 32004D0411 from secondary lists only: to confirm.
    [InlineData("IM", "2004-04-28", "Decision 2004/411/EC", "32004D0411", false)]
    // EUR-Lex 32008D0393 (reproduced with its CELEX id): Commission Decision of 8 May 2008 ... Jersey (2008/393/EC).
    [InlineData("JE", "2008-05-08", "Decision 2008/393/EC", "32008D0393", true)]
    // EUR-Lex 32019D0419 (legislation.gov.uk reproduction citing it): Commission Implementing Decision (EU) 2019/419 of 23 January 2019 ... Japan.
    [InlineData("JP", "2019-01-23", "Implementing Decision (EU) 2019/419", "32019D0419", true)]
    // EUR-Lex 32022D0254 (reproduced with its CELEX id): Commission Implementing Decision (EU) 2022/254 of 17 December 2021 ... Republic of Korea.
    [InlineData("KR", "2021-12-17", "Implementing Decision (EU) 2022/254", "32022D0254", true)]
    // EUR-Lex, OJ L 28, 30.1.2013, contents: 2013/65/EU Commission Implementing Decision of 19 December 2012 ... New Zealand, p. 12.
    // CELEX 32013D0065 from secondary lists only: to confirm.
    [InlineData("NZ", "2012-12-19", "Implementing Decision 2013/65/EU", "32013D0065", false)]
    // EUR-Lex 32023D1795 (reproduced with its CELEX id): Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 ... EU-US Data Privacy Framework.
    [InlineData("US", "2023-07-10", "Implementing Decision (EU) 2023/1795", "32023D1795", true)]
    // EUR-Lex 32012D0484: Commission Implementing Decision of 21 August 2012 ... Uruguay (2012/484/EU), OJ L 227, 23.8.2012, p. 11.
    [InlineData("UY", "2012-08-21", "Implementing Decision 2012/484/EU", "32012D0484", true)]
    public void Decision_NumberDateAndCelex_AreAsPublished(string country, string adopted, string decision, string celex, bool confirmed)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(adopted).Value;

        var entry = AdequacyDecisions.InForce(CountryCode.Parse(country), date);

        Assert.NotNull(entry);
        var status = confirmed ? AdequacyDataStatus.Confirmed : AdequacyDataStatus.ToConfirm;
        Assert.Equal((decision, celex, date, status), (entry.Decision, entry.Celex, entry.InForceFrom, entry.Status));
        Assert.Null(AdequacyDecisions.InForce(CountryCode.Parse(country), date.PlusDays(-1)));
    }

    [Fact]
    public void UnitedKingdom_Renewal_IsToConfirm_ItsNumberWasNotFound()
    {
        // legal.md §3: renewed 19 Dec 2025, valid until 27 Dec 2031 (confirmed); the number of the renewing implementing
        // decision and its CELEX id were not found on EUR-Lex in the stored sources.
        var renewal = AdequacyDecisions.All.Single(d => d.Country == CountryCode.Parse("GB") && d.InForceFrom == new LocalDate(2025, 12, 19));

        Assert.Null(renewal.Celex);
        Assert.Equal(AdequacyDataStatus.ToConfirm, renewal.Status);
        Assert.Equal(new LocalDate(2031, 12, 27), renewal.Until);
        Assert.Contains("to confirm", renewal.Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCelexId_IsTheEurLexIdOfItsDecisionNumber()
    {
        // EUR-Lex sector 3 (legislation), descriptor D (decision): "3" + year + "D" + the number in four digits.
        foreach (var entry in AdequacyDecisions.All.Where(d => d.Celex is not null))
        {
            var number = System.Text.RegularExpressions.Regex.Match(entry.Decision, @"(\d{4})/(\d+)");
            Assert.True(number.Success, entry.Decision);
            Assert.Equal($"3{number.Groups[1].Value}D{int.Parse(number.Groups[2].Value):D4}", entry.Celex);
        }
    }

    [Fact]
    public void ToConfirm_AreExactlyTheEntriesWithAPartNotReadInTheOfficialJournal()
    {
        var toConfirm = AdequacyDecisions.All.Where(d => d.Status == AdequacyDataStatus.ToConfirm).Select(d => d.Country.ToString());

        Assert.Equal(["FO", "GB", "IM", "NZ"], toConfirm);
    }
}
