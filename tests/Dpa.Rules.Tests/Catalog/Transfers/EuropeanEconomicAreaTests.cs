using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class EuropeanEconomicAreaTests
{
    [Theory]
    [InlineData("NL")]
    [InlineData("DE")]
    [InlineData("IE")]
    [InlineData("GR")]
    [InlineData("EL")]
    [InlineData("IS")]
    [InlineData("LI")]
    [InlineData("NO")]
    [InlineData("EU")] // ISO 3166-1 exceptionally reserved: "somewhere in the EU" (seed 003 Bijl.1 "Verwerkingsland EU").
    public void Contains_EuAndEftaEeaStates(string country) => Assert.True(EuropeanEconomicArea.Contains(CountryCode.Parse(country)));

    [Theory]
    [InlineData("CH")] // legal.md §3: Switzerland is not EEA (it has adequacy).
    [InlineData("GB")]
    [InlineData("US")]
    public void DoesNotContain_NonEeaStates(string country) => Assert.False(EuropeanEconomicArea.Contains(CountryCode.Parse(country)));

    [Fact]
    public void EuropeanUnion_ExcludesEftaStates()
    {
        Assert.True(EuropeanEconomicArea.IsEuropeanUnion(CountryCode.Parse("EL")));
        Assert.True(EuropeanEconomicArea.IsEuropeanUnion(CountryCode.Parse("EU")));
        Assert.False(EuropeanEconomicArea.IsEuropeanUnion(CountryCode.Parse("NO")));
    }

    [Fact]
    public void SameCountry_TreatsGreekCodesAsOne()
    {
        Assert.True(EuropeanEconomicArea.SameCountry(CountryCode.Parse("GR"), CountryCode.Parse("EL")));
        Assert.False(EuropeanEconomicArea.SameCountry(CountryCode.Parse("GR"), CountryCode.Netherlands));
    }

    [Fact]
    public void Covers_EuCoversEveryMemberStateButNoMemberStateCoversEu()
    {
        var eu = CountryCode.Parse("EU");

        Assert.True(EuropeanEconomicArea.Covers(eu, CountryCode.Parse("DE")));
        Assert.True(EuropeanEconomicArea.Covers(eu, eu));
        Assert.True(EuropeanEconomicArea.Covers(CountryCode.Parse("GR"), CountryCode.Parse("EL")));
        Assert.False(EuropeanEconomicArea.Covers(eu, CountryCode.Parse("NO")));
        Assert.False(EuropeanEconomicArea.Covers(CountryCode.Netherlands, eu));
    }

    [Fact]
    public void EuropeanUnion_HasTwentySevenMemberStates()
    {
        var count = 0;
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var code = CountryCode.Parse(new string([first, second]));
                if (EuropeanEconomicArea.IsEuropeanUnion(code) && code.Value is not ("EL" or "EU"))
                {
                    count++;
                }
            }
        }

        Assert.Equal(27, count);
    }
}
