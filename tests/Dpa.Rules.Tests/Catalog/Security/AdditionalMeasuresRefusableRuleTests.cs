using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Security;

public sealed class AdditionalMeasuresRefusableRuleTests
{
    private static readonly AdditionalMeasuresRefusableRule Rule = new();

    [Fact]
    public void ProcessorMayRefuseRequestedMeasures_ReportsDPA6008()
    {
        // Seed 004 clause 4.8: "Verwerker is niet verplicht om op een dergelijk verzoek wijzigingen door te voeren": the
        // controller, bound by Art. 32(1) itself, cannot have the measures its risk assessment calls for (Art. 28(3)(f)).
        var agreement = AgreementBuilder.Compliant().Security(s => s with { AdditionalMeasures = AdditionalMeasuresPolicy.ProcessorMayRefuse });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA6008", finding.RuleId.ToString());
        Assert.Equal("$.security.additionalMeasures", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData(AdditionalMeasuresPolicy.Implemented)]
    [InlineData(AdditionalMeasuresPolicy.ImplementedAtControllerCost)]
    public void RequestedMeasuresImplemented_DoesNotReportDPA6008(AdditionalMeasuresPolicy policy)
    {
        // Measures beyond the agreed ones at the controller's cost: the GDPR says nothing of who pays for them.
        var agreement = AgreementBuilder.Compliant().Security(s => s with { AdditionalMeasures = policy });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void NotStated_DoesNotReportDPA6008()
    {
        Assert.Empty(RuleTester.Run(Rule, Agreements.Compliant));
    }
}
