using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class ProcessingLocationUnknownRuleTests
{
    private static readonly ProcessingLocationUnknownRule Rule = new();

    [Fact]
    public void NoLocationAndNoRestriction_ReportsDPA5001()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA5001", finding.RuleId.ToString());
        Assert.Equal("$.locations.processing", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void RestrictionToTheNetherlands_DoesNotReportDPA5001()
    {
        // Seed 000 clause 3.1: processing "uitsluitend ... in Nederland".
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.Countries, Countries = [CountryCode.Netherlands] },
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void StatedLocations_DoesNotReportDPA5001()
    {
        // Seed 002 Bijl.2 §3: AWS in Ireland, fallback Germany.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Processing =
                [
                    new ProcessingLocation { Country = CountryCode.Parse("IE"), Provider = "AWS" },
                    new ProcessingLocation { Country = CountryCode.Parse("DE"), Provider = "AWS" },
                ],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void EeaRestrictionLeftOnlyOnInstructionOrByLaw_DoesNotReportDPA5001()
    {
        // Seed 001 clause 7.1: only within the EEA, unless the controller authorises it or the law requires it.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
                PermittedOutsideWhen = [TransferCondition.ControllerInstruction, TransferCondition.LegalRequirement],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void EeaRestrictionTheProcessorMayLeaveOnItsOwnAssessment_ReportsDPA5001()
    {
        // Seed 003 clause 3.1: within the EEA, but outside the EU wherever "een passend beschermingsniveau" is ensured.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea },
                PermittedOutsideWhen = [TransferCondition.AdequateProtectionUnspecified],
            },
        };

        Assert.Equal("$.locations.processing", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void InPrincipleRestriction_ReportsDPA5001()
    {
        // Seed 004 clause 2.4: "in beginsel" in the Netherlands.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction
                {
                    Scope = LocationScope.Countries,
                    Countries = [CountryCode.Netherlands],
                    Commitment = CommitmentLevel.BestEfforts,
                },
            },
        };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }

    [Fact]
    public void EeaRestrictionLeftOnlyForAdequacy_ReportsDPA5001AsAWarning()
    {
        // Seed 003 clause 3.1 read with the AVG's own words: within the EEA, or outside it where the country has "een passend
        // beschermingsniveau" (AVG Art. 45(1): an adequacy decision). Every place allowed has a Chapter V basis (Art. 45), so
        // no transfer lacks one; but where the data are is unknown, which the controller needs for Art. 13(1)(f) and
        // Art. 30(1)(e): present but weaker, a warning under the severity policy.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
                PermittedOutsideWhen = [TransferCondition.AdequacyDecision],
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(["$.locations.restriction"], finding.Source.RelatedPaths);
    }

    [Fact]
    public void WorldwideProcessing_ReportsDPA5001()
    {
        // "The processor may process the personal data anywhere in the world": where is not stated at all (Art. 44).
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms { Restriction = new LocationRestriction { Scope = LocationScope.Worldwide, Commitment = CommitmentLevel.Binding } },
        };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }

    [Fact]
    public void EeaRestrictionLeftOnTheControllersTacitConsent_ReportsDPA5001()
    {
        // Outside the EEA "unless the controller objects": any country the controller does not object to, so not even bounded.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
                PermittedOutsideWhen = [TransferCondition.ControllerTacitConsent],
            },
        };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }
}
