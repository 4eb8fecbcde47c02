using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class LiabilityCapBeyondPartiesRuleTests
{
    private static readonly LiabilityCapBeyondPartiesRule Rule = new();

    private static readonly LiabilityCap Cap = new() { Maximum = new Money(10_000m, "EUR") };

    [Fact]
    public void CapOnAnyGround_ReportsDPA1007()
    {
        // Seed 003 11.1: "De totale aansprakelijkheid van Verwerker ... op welke rechtsgrond dan ook, ... EUR 10.000", without
        // saying it applies only between the parties: it may be invoked against the controller's recourse for compensation
        // paid to data subjects (Art. 82(4)-(5)).
        var agreement = AgreementBuilder.Compliant().Liability(l => l with { Cap = Cap });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA1007", finding.RuleId.ToString());
        Assert.Equal("$.liability.limitedToParties", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "The liability terms may be read beyond what the parties can agree between themselves: the cap is not stated to apply only between the parties, leaving claims of data subjects and the recourse for compensation paid to them untouched (GDPR Art. 82(4)–(5))",
            finding.Message);
    }

    [Fact]
    public void ControllerBearsProcessorFines_ReportsDPA1007()
    {
        // Art. 83(1): fines are effective, proportionate and dissuasive for the party fined; the controller bearing the
        // processor's fines shifts the sanction.
        var agreement = AgreementBuilder.Compliant().Liability(l => l with { Fines = FineAllocation.ControllerIndemnifiesProcessor });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal("$.liability.fines", finding.Path);
        Assert.Equal(
            "De aansprakelijkheidsbepalingen kunnen verder worden gelezen dan partijen onderling kunnen afspreken: de verwerkingsverantwoordelijke draagt de administratieve geldboeten die de verwerker worden opgelegd (AVG art. 83)",
            finding.Message);
    }

    [Fact]
    public void CapLimitedToTheParties_DoesNotReportDPA1007()
    {
        // Seed 002 8.3: "aansprakelijkheid van Verwerker jegens Verwerkingsverantwoordelijke": the cap is between the parties.
        var agreement = AgreementBuilder.Compliant().Liability(l => l with { Cap = Cap, LimitedToParties = true });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Theory]
    [InlineData(FineAllocation.ProcessorIndemnifiesController)]
    [InlineData(FineAllocation.ExcludedFromProcessorLiability)]
    public void FinesAllocatedOtherwise_DoesNotReportDPA1007(FineAllocation fines)
    {
        // Seed 001 12.3 (the processor indemnifies the controller for fines it caused) and seed 002 8.2 (fines on the
        // controller outside the processor's liability): allocations between the parties that shift no sanction.
        var agreement = AgreementBuilder.Compliant().Liability(l => l with { Fines = fines });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void NoCap_DoesNotReportDPA1007() =>
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
}
