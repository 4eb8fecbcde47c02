using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class SccWithoutTransferImpactAssessmentRuleTests
{
    private static readonly SccWithoutTransferImpactAssessmentRule Rule = new();

    private static ProcessingAgreement WithSubProcessor(string country, bool? assessment) => TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms
        {
            SubProcessors =
            [
                new SubProcessor
                {
                    Name = "Support Inc.",
                    Locations = [CountryCode.Parse("IE"), CountryCode.Parse(country)],
                    Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.StandardContractualClauses, TransferImpactAssessment = assessment },
                },
            ],
        },
    };

    [Fact]
    public void IndianSubProcessorOnClausesWithoutAssessment_ReportsDPA5007()
    {
        // CJEU C-311/18 (Schrems II) and SCC 2021/914 Clause 14: the clauses need an assessment of the destination's law.
        var finding = Assert.Single(RuleTester.Run(Rule, WithSubProcessor("IN", null)));

        Assert.Equal("DPA5007", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.subProcessors[0].safeguard.transferImpactAssessment", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("'Support Inc.' in IN", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TransferOnClausesToAnOpenDestination_ReportsDPA5007()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Transfers = [new Transfer { Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.StandardContractualClauses, TransferImpactAssessment = false } }],
        };

        Assert.Equal("$.transfers[0].safeguard.transferImpactAssessment", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void AssessmentMade_DoesNotReportDPA5007()
    {
        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("IN", true)));
    }

    [Fact]
    public void ClausesToACountryWithAdequacy_DoesNotReportDPA5007()
    {
        // Switzerland has a whole-country adequacy decision (Art. 45): there is no law to assess against the clauses.
        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("CH", null)));
    }
}
