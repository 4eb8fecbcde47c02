using Dpa.Rules.Model;
using Dpa.Rules.Rules.EndOfProcessing;

namespace Dpa.Rules.Tests.Rules.EndOfProcessing;

public sealed class PeriodBoundsTests
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
        Assert.Equal(expected, PeriodBounds.IsCertainlyShorter(ContractualPeriod.Parse(period), ContractualPeriod.Parse(other)));

    [Theory]
    [InlineData("P4M", "P90D", true)] // At least 112 days.
    [InlineData("P3M", "P90D", false)] // 84 to 93 days.
    [InlineData("P91D", "P90D", true)]
    [InlineData("P1Y", "P12M", false)]
    public void IsCertainlyLonger_ComparesAcrossUnits(string period, string other, bool expected) =>
        Assert.Equal(expected, PeriodBounds.IsCertainlyLonger(ContractualPeriod.Parse(period), ContractualPeriod.Parse(other)));
}
