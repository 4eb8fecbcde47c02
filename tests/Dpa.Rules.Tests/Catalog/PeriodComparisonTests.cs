using Dpa.Rules.Catalog;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog;

public sealed class PeriodComparisonTests
{
    [Theory]
    [InlineData("P13D", "P14D", true)]
    [InlineData("P2W", "P14D", false)]
    [InlineData("P1M", "P28D", false)]
    [InlineData("P1M", "P32D", true)]
    [InlineData("P4W", "P1M", false)] // 28 days is not shorter than February.
    [InlineData("PT336H", "P14D", false)]
    [InlineData("P11M", "P1Y", true)]
    public void IsCertainlyShorter_ComparesAcrossUnits(string period, string other, bool expected) =>
        Assert.Equal(expected, PeriodComparison.IsCertainlyShorter(ContractualPeriod.Parse(period), ContractualPeriod.Parse(other)));

    [Theory]
    [InlineData("P4M", "P90D", true)] // At least 112 days.
    [InlineData("P3M", "P90D", false)] // 84 to 93 days.
    [InlineData("P91D", "P90D", true)]
    [InlineData("P1Y", "P12M", false)]
    [InlineData("P13M", "P1Y", true)] // Within months and years lengths compare exactly: thirteen months outlast any year.
    [InlineData("P2Y", "P1Y", true)]
    [InlineData("P53W", "P1Y", true)] // Across kinds the bounds apply: at least 371 days against at most 366.
    [InlineData("P52W", "P1Y", false)] // 364 days: shorter than every year.
    [InlineData("P400D", "P1Y", true)]
    [InlineData("PT25H", "P1D", true)]
    public void IsCertainlyLonger_ComparesAcrossUnits(string period, string other, bool expected) =>
        Assert.Equal(expected, PeriodComparison.IsCertainlyLonger(ContractualPeriod.Parse(period), ContractualPeriod.Parse(other)));
}
