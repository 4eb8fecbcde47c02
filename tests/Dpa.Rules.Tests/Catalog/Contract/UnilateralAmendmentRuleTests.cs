using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class UnilateralAmendmentRuleTests
{
    private static readonly UnilateralAmendmentRule Rule = new();

    [Fact]
    public void UnilateralAmendmentWithoutWayOut_ReportsDPA1006()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Amendments = new AmendmentTerms { ProcessorMayAmendUnilaterally = true, NoticePeriod = ContractualPeriod.FromDays(30) },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA1006", finding.RuleId.ToString());
        Assert.Equal("$.amendments.controllerMayObjectOrTerminate", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void UnilateralAmendmentWithTerminationRight_DoesNotReportDPA1006()
    {
        // Seed 000 clause 12.4: the processor may revise the agreement with at least three months' notice; the controller
        // may then terminate if it cannot agree.
        var agreement = TestAgreements.Minimal() with
        {
            Amendments = new AmendmentTerms
            {
                ProcessorMayAmendUnilaterally = true,
                NoticePeriod = ContractualPeriod.FromMonths(3),
                ControllerMayObjectOrTerminate = true,
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void AmendmentOnlyByWrittenAgreement_DoesNotReportDPA1006()
    {
        // Seed 001 clause 15.3: amendments in writing, signed by both parties.
        var agreement = TestAgreements.Minimal() with
        {
            Amendments = new AmendmentTerms { ProcessorMayAmendUnilaterally = false, RequiresWrittenAgreement = true },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void AmendmentsNotStated_DoesNotReportDPA1006() =>
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
}
