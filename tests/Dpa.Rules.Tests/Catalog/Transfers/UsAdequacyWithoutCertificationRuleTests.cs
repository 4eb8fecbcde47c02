using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class UsAdequacyWithoutCertificationRuleTests
{
    private static readonly UsAdequacyWithoutCertificationRule Rule = new();

    private static ProcessingAgreement WithUsSubProcessor(bool? certified) => TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms
        {
            SubProcessors =
            [
                new SubProcessor
                {
                    Name = "Mail Inc.",
                    Locations = [CountryCode.UnitedStates],
                    Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.AdequacyDecision, DataPrivacyFrameworkCertified = certified },
                },
            ],
        },
    };

    [Fact]
    public void UsSubProcessorOnAdequacyWithoutCertification_ReportsDPA5003()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, WithUsSubProcessor(null)));

        Assert.Equal("DPA5003", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.subProcessors[0].safeguard.dataPrivacyFrameworkCertified", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains("'Mail Inc.'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UsTransferOnAdequacyNotCertified_ReportsDPA5003()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Transfers =
            [
                new Transfer
                {
                    Destination = CountryCode.UnitedStates,
                    Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.AdequacyDecision, DataPrivacyFrameworkCertified = false },
                },
            ],
        };

        Assert.Equal("$.transfers[0].safeguard.dataPrivacyFrameworkCertified", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void CertifiedUsSubProcessor_DoesNotReportDPA5003()
    {
        Assert.Empty(RuleTester.Run(Rule, WithUsSubProcessor(true)));
    }

    [Fact]
    public void UsSubProcessorOnStandardContractualClauses_DoesNotReportDPA5003()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors =
                [
                    new SubProcessor
                    {
                        Name = "Mail Inc.",
                        Locations = [CountryCode.UnitedStates],
                        Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.StandardContractualClauses },
                    },
                ],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void UsSubProcessorOnFrameworkAndOrClauses_DoesNotReportDPA5003()
    {
        // "The EU-US Data Privacy Framework and/or the standard contractual clauses": without certification the clauses of
        // Decision 2021/914 carry the transfer (Art. 46(2)(c)); DPA5007 asks for their assessment.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors =
                [
                    new SubProcessor
                    {
                        Name = "Mail Inc.",
                        Locations = [CountryCode.UnitedStates],
                        Safeguard = new TransferSafeguard
                        {
                            Mechanism = TransferMechanism.AdequacyDecision,
                            AlternativeMechanisms = [TransferMechanism.StandardContractualClauses],
                        },
                    },
                ],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
