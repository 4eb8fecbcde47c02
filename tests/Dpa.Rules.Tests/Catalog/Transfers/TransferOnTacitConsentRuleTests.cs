using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class TransferOnTacitConsentRuleTests
{
    private static readonly TransferOnTacitConsentRule Rule = new();

    private static ProcessingAgreement With(params TransferCondition[] conditions) => TestAgreements.Minimal() with
    {
        Locations = new LocationTerms
        {
            Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
            PermittedOutsideWhen = [.. conditions],
        },
    };

    [Fact]
    public void OutsideTheAreaUnlessTheControllerObjects_ReportsDPA5009()
    {
        // GDPR Art. 28(3)(a): transfers "only on documented instructions from the controller"; silence is none.
        var finding = Assert.Single(RuleTester.Run(Rule, With(TransferCondition.ControllerInstruction, TransferCondition.ControllerTacitConsent)));

        Assert.Equal("DPA5009", finding.RuleId.ToString());
        Assert.Equal("$.locations.permittedOutsideWhen[1]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void OutsideTheAreaOnTheControllersWrittenInstruction_DoesNotReportDPA5009()
    {
        // Seed 001 clause 7.1(a) and seed 004 clause 2.4: outside only on the controller's (written) instruction, as
        // Art. 28(3)(a) asks.
        Assert.Empty(RuleTester.Run(Rule, With(TransferCondition.ControllerInstruction, TransferCondition.LegalRequirement)));
    }
}
