using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Model;

public sealed class ContractualPeriodTests
{
    [Theory]
    [InlineData("PT24H", 24, PeriodUnit.Hours)]
    [InlineData("P60D", 60, PeriodUnit.Days)]
    [InlineData("P2W", 2, PeriodUnit.Weeks)]
    [InlineData("P1M", 1, PeriodUnit.Months)]
    [InlineData("P1Y", 1, PeriodUnit.Years)]
    [InlineData("P0D", 0, PeriodUnit.Days)]
    public void Parse_SingleUnit_GivesCountAndUnit(string text, int count, PeriodUnit unit)
    {
        var period = ContractualPeriod.Parse(text);

        Assert.Equal(count, period.Count);
        Assert.Equal(unit, period.Unit);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("P1M2D", "single unit")]
    [InlineData("P-1D", "negative")]
    [InlineData("PT30M", "whole hours")]
    [InlineData("P1.5D", "whole number")]
    [InlineData("1M", "ISO-8601")]
    [InlineData("P", "ISO-8601")]
    [InlineData("PD", "ISO-8601")]
    [InlineData("P101Y", "must not exceed 100")]
    [InlineData("P99999999999D", "must not exceed")]
    public void Parse_Invalid_ExplainsWhy(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => ContractualPeriod.Parse(text));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegativeCount_NamesParameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ContractualPeriod.Of(-1, PeriodUnit.Days));

        Assert.Equal("count", ex.ParamName);
    }

    [Fact]
    public void Equality_IsByUnitAndCount_NotByLength()
    {
        Assert.Equal(ContractualPeriod.FromDays(14), ContractualPeriod.Parse("P14D"));
        Assert.NotEqual(ContractualPeriod.FromDays(7), ContractualPeriod.FromWeeks(1));
    }
}
