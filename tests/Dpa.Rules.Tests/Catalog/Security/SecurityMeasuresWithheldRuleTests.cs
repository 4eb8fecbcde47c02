using System.Globalization;
using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Security;

public sealed class SecurityMeasuresWithheldRuleTests
{
    private static readonly SecurityMeasuresWithheldRule Rule = new();

    [Fact]
    public void MeasuresOnlyOpenToInspection_ReportsDPA6007()
    {
        // Seed 000 clause 6.1: the ISMS "op kantoor van Planning.nl kan worden ingezien": the information is shown (Art. 28(3)(h)
        // "makes available"), but the controller keeps nothing to assess the measures with (EDPB Guidelines 07/2020 para. 123).
        var agreement = AgreementBuilder.Compliant().Security(s => s with { Disclosure = SecurityDisclosure.InspectionOnly });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA6007", finding.RuleId.ToString());
        Assert.Equal("$.security.disclosure", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.EndsWith("they are only open to inspection", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasuresWithheldInDutch_ReportsDPA6007()
    {
        // Art. 28(3)(h): all information necessary to demonstrate compliance, the Art. 32 measures of 28(3)(c) included;
        // refusing it is contrary to the GDPR.
        var agreement = AgreementBuilder.Compliant().Security(s => s with { Disclosure = SecurityDisclosure.Withheld });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.EndsWith("ze worden niet aan de verwerkingsverantwoordelijke verstrekt", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SecurityDisclosure.Provided)]
    [InlineData(SecurityDisclosure.OnRequest)]
    public void MeasuresProvidedOrOnRequest_DoesNotReportDPA6007(SecurityDisclosure disclosure)
    {
        // SCC 2021/915 Clause 7.6(a): information made available "on request" is the Commission's own standard; seed 004
        // clause 4.3 "Op verzoek van Klant verstrekt Verwerker een overzicht van de ... beveiligingsmaatregelen".
        var agreement = AgreementBuilder.Compliant().Security(s => s with { Disclosure = disclosure });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void DisclosureNotStated_DoesNotReportDPA6007()
    {
        Assert.Empty(RuleTester.Run(Rule, Agreements.Compliant));
    }
}
