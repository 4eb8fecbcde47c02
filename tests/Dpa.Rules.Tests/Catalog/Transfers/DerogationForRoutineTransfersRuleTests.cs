using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class DerogationForRoutineTransfersRuleTests
{
    private static readonly DerogationForRoutineTransfersRule Rule = new();

    private static readonly TransferSafeguard Derogation = new() { Mechanism = TransferMechanism.Derogation };

    private static ProcessingAgreement WithTransfer(bool? occasional) => TestAgreements.Minimal() with
    {
        Transfers = [new Transfer { Destination = CountryCode.Parse("IN"), Safeguard = Derogation, Occasional = occasional }],
    };

    [Fact]
    public void DerogationNotLimitedToOccasionalTransfers_ReportsDPA5008()
    {
        // GDPR Art. 49(1) and Recital 111: derogations for specific situations, occasional transfers (EDPB Guidelines 2/2018).
        var finding = Assert.Single(RuleTester.Run(Rule, WithTransfer(null)));

        Assert.Equal("DPA5008", finding.RuleId.ToString());
        Assert.Equal("$.transfers[0].safeguard", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(["$.transfers[0].occasional"], finding.Source.RelatedPaths);
    }

    [Fact]
    public void SubProcessorOnADerogation_ReportsDPA5008()
    {
        // A sub-processor processes for as long as it is engaged: not an occasional transfer.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors = [new SubProcessor { Name = "Support Inc.", Locations = [CountryCode.Parse("IN")], Safeguard = Derogation }],
            },
        };

        Assert.Equal("$.subProcessing.subProcessors[0].safeguard", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void OccasionalTransferOnADerogation_DoesNotReportDPA5008()
    {
        // Limited to occasional cases, as Art. 49(1) second subparagraph and Recital 111 require.
        Assert.Empty(RuleTester.Run(Rule, WithTransfer(true)));
    }

    [Fact]
    public void DerogationBesideTheClauses_DoesNotReportDPA5008()
    {
        // The Art. 46(2)(c) clauses carry the routine transfers.
        var agreement = TestAgreements.Minimal() with
        {
            Transfers =
            [
                new Transfer
                {
                    Destination = CountryCode.Parse("IN"),
                    Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.Derogation, AlternativeMechanisms = [TransferMechanism.StandardContractualClauses] },
                },
            ],
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
