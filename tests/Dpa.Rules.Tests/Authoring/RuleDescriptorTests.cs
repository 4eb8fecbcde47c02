using System.Globalization;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Tests.Authoring;

public sealed class RuleDescriptorTests
{
    private static readonly Uri Help = new("https://intranet.example.com/dpa/DPA4901");

    [Fact]
    public void Create_HostRule_KeepsItsLiteralTextsInEveryCulture()
    {
        var descriptor = RuleDescriptor.Create(
            "DPA4901", "Sub-processor not on our approved list", "Sub-processor '{0}' is not approved", "House policy.", RuleSeverity.Warning, Help,
            LegalReference.Gdpr("28", "2"));

        Assert.Equal(("DPA4901", RuleCategory.SubProcessors, RuleSeverity.Warning), (descriptor.Id.ToString(), descriptor.Category, descriptor.DefaultSeverity));
        Assert.Equal("Sub-processor not on our approved list", descriptor.GetTitle(CultureInfo.GetCultureInfo("nl")));
        Assert.Equal("Sub-processor '{0}' is not approved", descriptor.MessageFormat);
        Assert.Equal("Sub-processor '{0}' is not approved", descriptor.MessageTemplate);
        Assert.Equal("House policy.", descriptor.Description);
        Assert.Equal(Help, descriptor.HelpUri);
        Assert.Equal("GDPR Art. 28(2)", Assert.Single(descriptor.LegalReferences).ToString());
        Assert.True(descriptor.IsHostRule && descriptor.IsEnabledByDefault);
        Assert.Equal("DPA4901", descriptor.Name);
    }

    [Theory]
    [InlineData("DPA4004")]
    [InlineData("DPA4899")]
    [InlineData("DPA0901")]
    [InlineData("DPA0001")]
    public void Create_OutsideTheHostRanges_Throws(string ruleId)
    {
        var exception = Assert.Throws<ArgumentException>("id", () => RuleDescriptor.Create(ruleId, "T", "M", "D", RuleSeverity.Info, Help));

        Assert.Contains("DPAn900 to DPAn999", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadArguments_Throw()
    {
        Assert.Throws<FormatException>(() => RuleDescriptor.Create("ACME001", "T", "M", "D", RuleSeverity.Info, Help));
        Assert.Throws<ArgumentException>(() => RuleDescriptor.Create("DPA1901", " ", "M", "D", RuleSeverity.Info, Help));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleDescriptor.Create("DPA1901", "T", "M", "D", RuleSeverity.None, Help));
        Assert.Throws<ArgumentException>(() => RuleDescriptor.Create("DPA1901", "T", "M", "D", RuleSeverity.Info, new Uri("rules/DPA1901", UriKind.Relative)));
        Assert.Throws<ArgumentNullException>(() => RuleDescriptor.Create("DPA1901", "T", "M", "D", RuleSeverity.Info, null!));
    }

    [Fact]
    public void BuiltInDescriptor_IsNotAHostRule()
    {
        Assert.False(Dpa.Rules.Catalog.SubProcessors.NoObjectionRightRule.Rule.IsHostRule);
    }

    [Fact]
    public void MessageTemplate_NamesTheArguments_InEveryLanguage()
    {
        var descriptor = Dpa.Rules.Catalog.SubProcessors.NoSubProcessorChangeNoticeRule.Rule;

        Assert.Equal(["notice", "minimum"], descriptor.MessageArgumentNames);
        Assert.Equal(
            "Changes of sub-processors are not notified sufficiently in advance: {notice}; at least {minimum} in advance is expected",
            descriptor.MessageTemplate);
        Assert.Equal(
            "Wijzigingen van subverwerkers worden niet tijdig vooraf gemeld: {notice}; verwacht wordt ten minste {minimum} vooraf",
            descriptor.GetMessageTemplate(CultureInfo.GetCultureInfo("nl-NL")));
    }

    [Fact]
    public void MessageTemplate_WithoutArguments_IsTheMessage()
    {
        var descriptor = Dpa.Rules.Catalog.Processing.PurposeNotStatedRule.Rule;

        Assert.Empty(descriptor.MessageArgumentNames);
        Assert.Equal(descriptor.MessageFormat, descriptor.MessageTemplate);
    }
}
