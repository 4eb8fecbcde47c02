using System.Globalization;
using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class BreachNotificationNarrowedRuleTests
{
    private static readonly BreachNotificationNarrowedRule Rule = new();

    [Fact]
    public void OnlyBreachesWithAdverseConsequences_ReportsDPA7008()
    {
        // Seed 000 clause 7.1 defines the breach to notify as one "die leidt tot een kans op nadelige gevolgen": the processor
        // filters by risk, which GDPR Art. 33(1) leaves to the controller; Art. 33(2) covers every breach, and Art. 33(5) has
        // the controller document every breach.
        var agreement = With(BreachNotificationLimitation.AdverseConsequencesOnly);

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA7008", finding.RuleId.ToString());
        Assert.Equal("$.breach.limitations[0]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.EndsWith("only of breaches that have or are likely to have adverse consequences", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyBreachesThatActuallyOccurredInDutch_ReportsDPA7008()
    {
        // Seed 000 clause 7.2 "alleen als de gebeurtenis zich daadwerkelijk voorgedaan heeft": Art. 33(2) too concerns a
        // breach, not a suspicion, but excluding suspected breaches lets the processor wait for certainty (a reviewer's risk).
        var agreement = With(BreachNotificationLimitation.ActuallyOccurredOnly);

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.EndsWith("alleen van inbreuken die zich daadwerkelijk hebben voorgedaan, niet van vermoedelijke", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BothLimitations_ReportsDPA7008()
    {
        // Seed 000 clauses 7.1 and 7.2 together: one finding per limitation, each at its own place.
        var findings = RuleTester.Run(Rule, With(BreachNotificationLimitation.AdverseConsequencesOnly, BreachNotificationLimitation.ActuallyOccurredOnly));

        Assert.Equal(["$.breach.limitations[0]", "$.breach.limitations[1]"], findings.Select(f => f.Path));
        Assert.Equal([RuleSeverity.Error, RuleSeverity.Warning], findings.Select(f => f.Severity));
    }

    [Fact]
    public void EveryBreach_DoesNotReportDPA7008()
    {
        // Seed 001 clause 6.1 "Verwerker informeert Verwerkingsverantwoordelijke over iedere Inbreuk" (Art. 33(2)).
        Assert.Empty(RuleTester.Run(Rule, Agreements.Compliant));
    }

    [Fact]
    public void NoNotificationDuty_DoesNotReportDPA7008()
    {
        // Without the duty DPA7001 reports; a limitation of a duty that is not there adds nothing.
        var agreement = TestAgreements.Minimal() with
        {
            Breach = new BreachTerms { Limitations = [BreachNotificationLimitation.AdverseConsequencesOnly] },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    private static ProcessingAgreement With(params BreachNotificationLimitation[] limitations) =>
        AgreementBuilder.Compliant().Breach(b => b with { Limitations = [.. limitations] });
}
