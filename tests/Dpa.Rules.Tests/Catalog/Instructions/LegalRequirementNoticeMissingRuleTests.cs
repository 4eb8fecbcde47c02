using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class LegalRequirementNoticeMissingRuleTests
{
    private static readonly LegalRequirementNoticeMissingRule Rule = new();

    private static AgreementBuilder With(bool? notice, bool? beforeProcessing) =>
        AgreementBuilder.Compliant().Instructions(i => i with { LegalRequirementNotice = notice, LegalRequirementNoticeBeforeProcessing = beforeProcessing });

    [Fact]
    public void NoNoticeDuty_ReportsDPA3003()
    {
        // Seed 002 3.2 and 4.3 let the processor disclose or transfer "vanwege een wettelijke plicht" without telling the
        // controller: Art. 28(3)(a) requires the notice.
        var finding = Assert.Single(RuleTester.Run(Rule, With(null, null)));

        Assert.Equal("DPA3003", finding.RuleId.ToString());
        Assert.Equal("$.instructions.legalRequirementNotice", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal(
            "The processor is not required to inform the controller before processing that the law requires it to process: the agreement has no such duty",
            finding.Message);
    }

    [Fact]
    public void NoticeExcluded_ReportsDPA3003() =>
        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, With(false, null))).Severity);

    [Fact]
    public void NoticeAfterProcessing_ReportsDPA3003()
    {
        // "before processing" (Art. 28(3)(a)) is the point: the controller must be able to react.
        var finding = Assert.Single(RuleTester.Run(Rule, With(true, false)));

        Assert.Equal("$.instructions.legalRequirementNoticeBeforeProcessing", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void NoticeWithoutTiming_ReportsDPA3003AsWarning()
    {
        // Seed 000 9.5 "zo spoedig mogelijk ter zake informeren" and seed 004 7.1 "op de hoogte brengen": a notice, but not
        // said to come before the processing.
        var finding = Assert.Single(RuleTester.Run(Rule, With(true, null), culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal("$.instructions.legalRequirementNoticeBeforeProcessing", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "De verwerker hoeft de verwerkingsverantwoordelijke niet vóór de verwerking in kennis te stellen van een wettelijk voorschrift dat hem tot verwerking verplicht: de overeenkomst bepaalt niet dat de kennisgeving aan de verwerking voorafgaat",
            finding.Message);
    }

    [Fact]
    public void NoticeBeforeProcessing_DoesNotReportDPA3003()
    {
        // Seed 001 3.4: "stelt de Verwerker, voorafgaand aan de verwerking, Verwerkingsverantwoordelijke in kennis van dat
        // wettelijk voorschrift, tenzij die wetgeving deze kennisgeving om gewichtige redenen van algemeen belang verbiedt".
        Assert.Empty(RuleTester.Run(Rule, With(true, true)));
    }
}
