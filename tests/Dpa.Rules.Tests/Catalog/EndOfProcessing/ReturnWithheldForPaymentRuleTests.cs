using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class ReturnWithheldForPaymentRuleTests
{
    private static readonly ReturnWithheldForPaymentRule Rule = new();

    [Fact]
    public void ReturnAfterPayment_ReportsDPA9009()
    {
        // Seed 004 clause 9.3 (verbatim): "Als Klant nog openstaande bedragen verschuldigd is, is Verwerker gerechtigd eerst betaling van die
        // bedragen te betalen, alvorens de Persoonsgegevens over te dragen". GDPR Art. 28(3)(g): return "at the choice of
        // the controller", with no condition of payment.
        var finding = Assert.Single(RuleTester.Run(Rule, With(true), culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal("DPA9009", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.returnConditionalOnPayment", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal(
            "De verwerker mag de teruggave van de persoonsgegevens opschorten totdat de verwerkingsverantwoordelijke heeft betaald wat hij verschuldigd is",
            finding.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void ReturnNotConditional_DoesNotReportDPA9009(bool? conditional)
    {
        // Seed 003 clause 12.4: "wissen dan wel retourneren" at the controller's choice, with no condition.
        Assert.Empty(RuleTester.Run(Rule, With(conditional)));
    }

    private static ProcessingAgreement With(bool? conditional) =>
        AgreementBuilder.Compliant().EndOfProcessing(e => e with { ReturnConditionalOnPayment = conditional });
}
