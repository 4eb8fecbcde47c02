using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class AuditCostsOnControllerWithoutLimitRuleTests
{
    private static readonly AuditCostsOnControllerWithoutLimitRule Rule = new();

    [Fact]
    public void ControllerPaysEverything_ReportsDPA8006()
    {
        // Seed 003 clause 10.5: "De kosten van een audit worden gedragen door de Verwerkingsverantwoordelijke" — all of them,
        // with no cap and no shift when the audit finds a breach; the processor is to "contribute to" audits (Art. 28(3)(h)).
        var finding = Assert.Single(RuleTester.Run(Rule, With(CostAllocation.Controller)));

        Assert.Equal("DPA8006", finding.RuleId.ToString());
        Assert.Equal("$.audits.cost", finding.Path);
        Assert.Equal(RuleSeverity.Info, finding.Severity);
        Assert.Equal("The controller bears the costs of audits in full, without a cap and even when an audit finds the processor in breach", finding.Message);
    }

    [Fact]
    public void ProcessorRates_ReportsDPA8006()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(CostAllocation.ProcessorRates)));

        Assert.StartsWith("The controller bears the costs of audits at the processor's rates,", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CostAllocation.Free)]
    [InlineData(CostAllocation.ReasonableCost)]
    [InlineData(CostAllocation.ControllerUnlessProcessorAtFault)]
    [InlineData(CostAllocation.Shared)]
    public void CostsLimitedOrShared_DoesNotReportDPA8006(CostAllocation cost)
    {
        // Seed 001 10.3 "kosteloos"; seed 000 10.5 the controller pays "tenzij de audit uitwijst dat Verwerker haar processen
        // niet voldoende ingeregeld heeft"; seed 002 6.4 the processor bears the cost of its own staff.
        Assert.Empty(RuleTester.Run(Rule, With(cost)));
    }

    [Fact]
    public void ControllerPaysUpToACap_DoesNotReportDPA8006()
    {
        var agreement = AgreementBuilder.Compliant().Audits(a => a with { Cost = CostAllocation.Controller, CostCap = new Money(5000m, "EUR") });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void CostNotStated_DoesNotReportDPA8006()
    {
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
    }

    private static ProcessingAgreement With(CostAllocation cost) => AgreementBuilder.Compliant().Audits(a => a with { Cost = cost });
}
