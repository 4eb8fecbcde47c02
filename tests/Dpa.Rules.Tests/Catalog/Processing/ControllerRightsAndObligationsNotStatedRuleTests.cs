using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class ControllerRightsAndObligationsNotStatedRuleTests
{
    private static readonly ControllerRightsAndObligationsNotStatedRule Rule = new();

    [Fact]
    public void NotStated_ReportsDPA2007()
    {
        // Art. 28(3) first subparagraph: the contract sets out "the obligations and rights of the controller".
        var agreement = AgreementBuilder.Compliant().Processing(p => p with { ControllerRightsAndObligations = null });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA2007", finding.RuleId.ToString());
        Assert.Equal("$.processing.controllerRightsAndObligations", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("The agreement does not set out the obligations and rights of the controller", finding.Message);
    }

    [Fact]
    public void SaidNotToBeSetOut_ReportsDPA2007() =>
        Assert.Single(RuleTester.Run(Rule, AgreementBuilder.Compliant().Processing(p => p with { ControllerRightsAndObligations = false })));

    [Fact]
    public void SetOut_DoesNotReportDPA2007()
    {
        // E.g. seed 001: the controller's warranties (3.3), its responsibility for data-subject rights (9.1), its audit
        // right (10.3) and its choice at the end (14.4).
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
    }
}
