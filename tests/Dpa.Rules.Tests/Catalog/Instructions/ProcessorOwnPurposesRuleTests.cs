using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class ProcessorOwnPurposesRuleTests
{
    private static readonly ProcessorOwnPurposesRule Rule = new();

    [Fact]
    public void ServiceImprovementAndBenchmarking_ReportsDPA3005()
    {
        // Seed 002 8.5: "Het staat Verwerker vrij om de Persoonsgegevens met betrekking tot het gebruik van haar diensten ...
        // anoniem en statistisch te verwerken in het kader van het verbeteren van haar diensten en om onderzoek te doen,
        // bijvoorbeeld voor benchmarking": purposes of the processor's own, so for that processing it is a controller
        // (Art. 28(10)) — anonymising the usage data is itself processing them (Art. 4(2)).
        var agreement = AgreementBuilder.Compliant().Instructions(i => i with
        {
            OwnPurposesExcluded = false,
            OwnUse = new ProcessorOwnUse
            {
                Purposes = [ProcessorOwnPurpose.ServiceImprovement, ProcessorOwnPurpose.Research, ProcessorOwnPurpose.Benchmarking],
                UsageDataOnly = true,
                AnonymisedResults = true,
            },
        });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA3005", finding.RuleId.ToString());
        Assert.Equal("$.instructions.ownUse.purposes", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal(
            [new("purposes", "serviceImprovement, research, benchmarking"), new("usageDataOnly", "true"), new("anonymisedResults", "true")],
            finding.Facts);
        Assert.Equal(
            "The processor may use the personal data for purposes of its own; for that processing it determines the purposes and is a controller, not a processor (GDPR Art. 28(10))",
            finding.Message);
    }

    [Fact]
    public void OwnPurposesNotExcluded_ReportsDPA3005InDutch()
    {
        var agreement = AgreementBuilder.Compliant().Instructions(i => i with { OwnPurposesExcluded = false });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal("$.instructions.ownPurposesExcluded", finding.Path);
        Assert.Equal(
            "De verwerker mag de persoonsgegevens voor eigen doeleinden gebruiken; voor die verwerking bepaalt hij zelf het doel en geldt hij als verwerkingsverantwoordelijke, niet als verwerker (AVG art. 28, lid 10)",
            finding.Message);
    }

    [Fact]
    public void OwnUseWithoutNamedPurpose_ReportsDPA3005()
    {
        var agreement = AgreementBuilder.Compliant().Instructions(i => i with { OwnUse = new ProcessorOwnUse() });

        Assert.Equal("$.instructions.ownUse", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void OwnPurposesExcluded_DoesNotReportDPA3005()
    {
        // Seed 000 9.1: "Verwerker zal deze informatie niet voor een ander doel gebruiken dan waarvoor zij deze heeft
        // verkregen, zelfs niet wanneer deze in een zodanige vorm is gebracht zodat deze niet tot betrokkenen herleidbaar is."
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
    }

    [Fact]
    public void Silent_DoesNotReportDPA3005()
    {
        // Silence is no permission: processing is limited to documented instructions (Art. 28(3)(a); DPA3001).
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant().Instructions(i => i with { OwnPurposesExcluded = null })));
    }
}
