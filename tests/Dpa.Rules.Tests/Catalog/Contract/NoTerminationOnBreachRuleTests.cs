using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class NoTerminationOnBreachRuleTests
{
    private static readonly NoTerminationOnBreachRule Rule = new();

    [Fact]
    public void NeitherSuspensionNorTermination_ReportsDPA1008()
    {
        // Seeds 000-004: none lets the controller suspend or terminate when the processor breaches the processing agreement
        // (SCC 2021/915 Clause 10(a)-(b)).
        var agreement = AgreementBuilder.Compliant().EndOfProcessing(e => e with { ControllerMaySuspend = null, ControllerMayTerminate = null });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA1008", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.controllerMayTerminate", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("The agreement does not let the controller suspend the processing or terminate the agreement when the processor is in breach of it", finding.Message);
    }

    [Fact]
    public void SuspensionWithoutTermination_ReportsDPA1008()
    {
        // Clause 10(b): suspension that does not restore compliance must lead to a right to terminate.
        var agreement = AgreementBuilder.Compliant().EndOfProcessing(e => e with { ControllerMayTerminate = false });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("The agreement does not let the controller terminate the agreement when the processor is in breach of it", finding.Message);
    }

    [Fact]
    public void TerminationWithoutSuspension_DoesNotReportDPA1008()
    {
        // The controller can always instruct the processor to stop processing (Art. 28(3)(a)): Clause 10(a)'s suspension.
        var agreement = AgreementBuilder.Compliant().EndOfProcessing(e => e with { ControllerMaySuspend = null });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SuspensionAndTermination_DoesNotReportDPA1008() =>
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
}
