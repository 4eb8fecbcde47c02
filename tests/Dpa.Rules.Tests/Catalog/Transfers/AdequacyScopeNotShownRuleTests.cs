using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class AdequacyScopeNotShownRuleTests
{
    private static readonly AdequacyScopeNotShownRule Rule = new();

    private static ProcessingAgreement WithSubProcessor(string country, TransferSafeguard? safeguard) => TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms
        {
            SubProcessors = [new SubProcessor { Name = "Cloud Ltd.", Locations = [CountryCode.Parse(country)], Safeguard = safeguard }],
        },
    };

    [Fact]
    public void CanadianSubProcessorOnAdequacyAlone_ReportsDPA5005()
    {
        // Decision 2002/2/EC covers recipients subject to PIPEDA only (Art. 45(1): "one or more specified sectors").
        var finding = Assert.Single(RuleTester.Run(Rule, WithSubProcessor("CA", new TransferSafeguard { Mechanism = TransferMechanism.AdequacyDecision })));

        Assert.Equal("DPA5005", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.subProcessors[0].locations[0]", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("The adequacy decision for CA covers only some recipients there, and the agreement does not show that 'Cloud Ltd.' is one of them", finding.Message);
    }

    [Fact]
    public void JapaneseTransferWithoutSafeguard_ReportsDPA5005()
    {
        // Implementing Decision (EU) 2019/419: the private sector under the APPI with the supplementary rules.
        var agreement = TestAgreements.Minimal() with { Transfers = [new Transfer { Destination = CountryCode.Parse("JP") }] };

        Assert.Equal("$.transfers[0].destination", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void KoreanSubProcessorShownWithinScope_DoesNotReportDPA5005()
    {
        // The agreement states that the recipient is within Implementing Decision (EU) 2022/254 (PIPA).
        var safeguard = new TransferSafeguard { Mechanism = TransferMechanism.AdequacyDecision, WithinAdequacyScope = true };

        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("KR", safeguard)));
    }

    [Fact]
    public void CanadianSubProcessorOnStandardContractualClauses_DoesNotReportDPA5005()
    {
        // An Art. 46(2)(c) safeguard does not depend on the decision's scope.
        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("CA", new TransferSafeguard { Mechanism = TransferMechanism.StandardContractualClauses })));
    }

    [Fact]
    public void SwissSubProcessor_DoesNotReportDPA5005()
    {
        // Switzerland's decision covers the whole country.
        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("CH", null)));
    }
}
