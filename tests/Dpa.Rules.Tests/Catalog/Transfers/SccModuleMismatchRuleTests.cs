using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class SccModuleMismatchRuleTests
{
    private static readonly SccModuleMismatchRule Rule = new();

    private static ProcessingAgreement With(SccModule? module, TransferMechanism mechanism = TransferMechanism.StandardContractualClauses) =>
        TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors =
                [
                    new SubProcessor
                    {
                        Name = "Support Inc.",
                        Locations = [CountryCode.Parse("IN")],
                        Safeguard = new TransferSafeguard { Mechanism = mechanism, SccModule = module },
                    },
                ],
            },
        };

    [Fact]
    public void SubProcessorUnderModuleTwo_ReportsDPA5006()
    {
        // The processor exports to its sub-processor: processor to processor, Module Three of Decision 2021/914.
        var finding = Assert.Single(RuleTester.Run(Rule, With(SccModule.ControllerToProcessor)));

        Assert.Equal("DPA5006", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.subProcessors[0].safeguard.sccModule", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("Module Two (controller to processor)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubProcessorUnderModuleOne_ReportsDPA5006()
    {
        // Module One makes a controller of the sub-processor, which processes on the controller's behalf (Art. 28(4)).
        Assert.Single(RuleTester.Run(Rule, With(SccModule.ControllerToController)));
    }

    [Fact]
    public void SubProcessorUnderModuleThree_DoesNotReportDPA5006()
    {
        Assert.Empty(RuleTester.Run(Rule, With(SccModule.ProcessorToProcessor)));
    }

    [Fact]
    public void ModuleNotStated_DoesNotReportDPA5006()
    {
        // Not stated is no mismatch.
        Assert.Empty(RuleTester.Run(Rule, With(null)));
    }
}
