using System.Globalization;
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

    [Theory]
    [InlineData("PT48H", "en", "48 hours")]
    [InlineData("PT1H", "en", "1 hour")]
    [InlineData("P1D", "en", "1 day")]
    [InlineData("P60D", "en", "60 days")]
    [InlineData("P2W", "en", "2 weeks")]
    [InlineData("P1M", "en", "1 month")]
    [InlineData("P3M", "en", "3 months")]
    [InlineData("P1Y", "en", "1 year")]
    [InlineData("P0D", "en", "0 days")]
    [InlineData("P1000D", "en", "1000 days")]
    [InlineData("PT48H", "nl", "48 uur")]
    [InlineData("PT1H", "nl", "1 uur")]
    [InlineData("P1D", "nl", "1 dag")]
    [InlineData("P60D", "nl", "60 dagen")]
    [InlineData("P1W", "nl", "1 week")]
    [InlineData("P2W", "nl", "2 weken")]
    [InlineData("P1M", "nl", "1 maand")]
    [InlineData("P3M", "nl", "3 maanden")]
    [InlineData("P1Y", "nl", "1 jaar")]
    [InlineData("P2Y", "nl", "2 jaar")]
    [InlineData("P14D", "nl-NL", "14 dagen")]
    [InlineData("P14D", "nl-BE", "14 dagen")]
    [InlineData("P14D", "de-DE", "14 days")]
    [InlineData("P14D", "", "14 days")]
    public void ToString_General_IsForPeopleInTheCultureGiven(string iso, string culture, string expected)
    {
        var period = ContractualPeriod.Parse(iso);
        var provider = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(expected, period.ToString(null, provider));
        Assert.Equal(expected, period.ToString("G", provider));
        Assert.Equal(expected, string.Format(provider, "{0}", period));
    }

    [Theory]
    [InlineData("PT48H")]
    [InlineData("P2W")]
    [InlineData("P1M")]
    public void ToString_WithoutFormatOrWithO_StaysIso(string iso)
    {
        var period = ContractualPeriod.Parse(iso);

        Assert.Equal(iso, period.ToString());
        Assert.Equal(iso, period.ToString("O", CultureInfo.GetCultureInfo("nl")));
        Assert.Equal(iso, string.Create(CultureInfo.InvariantCulture, $"{period:O}"));
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => ContractualPeriod.FromDays(1).ToString("D", CultureInfo.InvariantCulture));

        Assert.Contains("'D'", ex.Message, StringComparison.Ordinal);
    }
}
