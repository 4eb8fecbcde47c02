using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class ProcessorMayNotifyAuthorityRuleTests
{
    private static readonly ProcessorMayNotifyAuthorityRule Rule = new();

    [Fact]
    public void ProcessorMayNotifyItself_ReportsDPA7007()
    {
        // GDPR Art. 33(1) and 34(1): notifying the supervisory authority and communicating to data subjects are the controller's
        // duty; the processor notifies the controller (Art. 33(2)).
        var agreement = AgreementBuilder.Compliant().Breach(b => b with { ProcessorMayNotifyAuthority = true });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA7007", finding.RuleId.ToString());
        Assert.Equal("$.breach.processorMayNotifyAuthority", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void ControllerNotifies_DoesNotReportDPA7007()
    {
        // Seed 003 clause 9.1: "naar aanleiding waarvan de Verwerkingsverantwoordelijke beoordeelt of zij de Autoriteit
        // Persoonsgegevens ... en/of betrokkene(n) zal informeren": the controller decides (Art. 33(1), 34(1)).
        var agreement = AgreementBuilder.Compliant().Breach(b => b with { ProcessorMayNotifyAuthority = false });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void NotStated_DoesNotReportDPA7007()
    {
        Assert.Empty(RuleTester.Run(Rule, Agreements.Compliant));
    }
}
