using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Security;

public sealed class ProcessorMayLowerSecurityRuleTests
{
    private static readonly ProcessorMayLowerSecurityRule Rule = new();

    [Fact]
    public void ChangesAtTheProcessorsDiscretion_ReportsDPA6004()
    {
        // Seed 004 clause 4.7: "Verwerker kan wijzigingen aanbrengen in de getroffen beveiligingsmaatregelen indien dat naar
        // zijn oordeel noodzakelijk is": no approval and no floor, while EDPB Guidelines 07/2020 para. 123 asks for "an
        // obligation on the processor to obtain the controller's approval before making changes".
        var agreement = AgreementBuilder.Compliant().Security(s => s with { Changes = SecurityChangePolicy.ProcessorDiscretion });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA6004", finding.RuleId.ToString());
        Assert.Equal("$.security.changes", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData(SecurityChangePolicy.ControllerApproval)]
    [InlineData(SecurityChangePolicy.AgreedMinimum)]
    public void ChangesApprovedOrAboveTheAgreedMinimum_DoesNotReportDPA6004(SecurityChangePolicy policy)
    {
        // Approval is what EDPB Guidelines 07/2020 para. 123 asks for; an agreed minimum (seed 001 clause 5.3 "tenminste de in
        // Bijlage 2 gespecificeerde maatregelen") means the processor cannot go below the agreed measures.
        var agreement = AgreementBuilder.Compliant().Security(s => s with { Changes = policy });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void ChangesNotStated_DoesNotReportDPA6004()
    {
        // The agreed measures are a term of the contract (Art. 28(3)(c)); without a clause, changing them is an amendment.
        Assert.Empty(RuleTester.Run(Rule, Agreements.Compliant));
    }
}
