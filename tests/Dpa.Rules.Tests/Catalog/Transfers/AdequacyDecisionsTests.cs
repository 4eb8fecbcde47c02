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
}
