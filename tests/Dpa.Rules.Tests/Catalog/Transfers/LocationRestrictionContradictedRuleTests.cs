using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class LocationRestrictionContradictedRuleTests
{
    private static readonly LocationRestrictionContradictedRule Rule = new();

    private static ProcessingAgreement With(LocationRestriction restriction, params string[] subProcessorCountries) => TestAgreements.Minimal() with
    {
        Locations = new LocationTerms { Restriction = restriction },
        SubProcessing = new SubProcessingTerms
        {
            SubProcessors = [new SubProcessor { Name = "SmartDC", Locations = [.. subProcessorCountries.Select(CountryCode.Parse)] }],
        },
    };

    private static readonly LocationRestriction NetherlandsOnly =
        new() { Scope = LocationScope.Countries, Countries = [CountryCode.Netherlands], Commitment = CommitmentLevel.Binding };

    [Fact]
    public void SubProcessorOutsideTheNetherlandsWhenRestrictedToIt_ReportsDPA5004()
    {
        // Seed 000 clause 3.1 restricts processing to the Netherlands; a German data centre would contradict it.
        var finding = Assert.Single(RuleTester.Run(Rule, With(NetherlandsOnly, "NL", "DE")));

        Assert.Equal("DPA5004", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.subProcessors[0].locations[1]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("Personal data are processed by 'SmartDC' in DE, outside the agreed restriction to NL", finding.Message);
    }

    [Fact]
    public void SubProcessorInSwitzerlandWhenRestrictedToTheEea_ReportsDPA5004()
    {
        // Seed 001 clause 7.1: only within the EEA. Switzerland is not EEA, adequacy notwithstanding.
        var restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, With(restriction, "CH"))).Severity);
    }

    [Fact]
    public void NorwayWhenRestrictedToTheEu_ReportsDPA5004()
    {
        var restriction = new LocationRestriction { Scope = LocationScope.EuropeanUnion };

        Assert.Single(RuleTester.Run(Rule, With(restriction, "NO")));
    }

    [Fact]
    public void ProcessorLocationOutsideRestriction_ReportsDPA5004()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms { Restriction = NetherlandsOnly, Processing = [new ProcessingLocation { Country = CountryCode.Parse("BE") }] },
        };

        Assert.Equal("$.locations.processing[0]", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void BestEffortsRestriction_ReportsDPA5004AsWarning()
    {
        // Seed 004 clause 2.4: "in beginsel" (in principle) in the Netherlands.
        var restriction = new LocationRestriction
        {
            Scope = LocationScope.Countries,
            Countries = [CountryCode.Netherlands],
            Commitment = CommitmentLevel.BestEfforts,
        };

        Assert.Equal(RuleSeverity.Warning, Assert.Single(RuleTester.Run(Rule, With(restriction, "DE"))).Severity);
    }

    [Fact]
    public void SubProcessorInsideRestriction_DoesNotReportDPA5004()
    {
        // Seed 000 clause 5.1 and App.2: SmartDC stores the data in the Netherlands.
        Assert.Empty(RuleTester.Run(Rule, With(NetherlandsOnly, "NL")));
    }

    [Fact]
    public void GreeceUnderEitherCode_DoesNotReportDPA5004()
    {
        var restriction = new LocationRestriction { Scope = LocationScope.Countries, Countries = [CountryCode.Parse("GR")] };

        Assert.Empty(RuleTester.Run(Rule, With(restriction, "EL")));
    }

    [Fact]
    public void RegionEuWhenRestrictedToTheNetherlands_ReportsDPA5004()
    {
        // "Verwerkingsland EU" (seed 003 Bijl.1 style) is not shown to be inside "uitsluitend in Nederland" (seed 000 3.1).
        var finding = Assert.Single(RuleTester.Run(Rule, With(NetherlandsOnly, "EU")));

        Assert.Equal("$.subProcessing.subProcessors[0].locations[0]", finding.Path);
    }

    [Theory]
    [InlineData(LocationScope.EuropeanUnion)]
    [InlineData(LocationScope.EuropeanEconomicArea)]
    public void RegionEuWhenRestrictedToTheEuOrEea_DoesNotReportDPA5004(LocationScope scope)
    {
        // Seed 003 3.1 (EEA) with Bijl.1 "Verwerkingsland EU" for Datto/Autotask and Microsoft.
        Assert.Empty(RuleTester.Run(Rule, With(new LocationRestriction { Scope = scope }, "EU")));
    }

    [Fact]
    public void MemberStateWhenRestrictedToCountryEu_DoesNotReportDPA5004()
    {
        var restriction = new LocationRestriction { Scope = LocationScope.Countries, Countries = [CountryCode.Parse("EU")] };

        Assert.Empty(RuleTester.Run(Rule, With(restriction, "DE")));
        Assert.Single(RuleTester.Run(Rule, With(restriction, "NO")));
    }

    [Fact]
    public void NoRestriction_DoesNotReportDPA5004()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { SubProcessors = [new SubProcessor { Name = "X", Locations = [CountryCode.UnitedStates] }] },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void EeaRestrictionExceptingTheListedSubProcessors_DoesNotReportDPA5004ForThem()
    {
        // "Verwerking vindt plaats binnen de EER, met uitzondering van de in Bijlage 2 genoemde subverwerkers": the listed
        // sub-processors are the agreed exception, not a contradiction of the restriction (their transfers still need a
        // Chapter V basis under GDPR Art. 44, which DPA5002 checks).
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
                PermittedOutsideWhen = [TransferCondition.ListedSubProcessor],
            },
            SubProcessing = new SubProcessingTerms { SubProcessors = [new SubProcessor { Name = "Mail Inc.", Locations = [CountryCode.UnitedStates] }] },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void TheExceptionIsForSubProcessorsOnly_TheProcessorsOwnLocationStillReportsDPA5004()
    {
        // The exception names sub-processors; the processor's own processing in the US still contradicts the EEA restriction.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Processing = [new ProcessingLocation { Country = CountryCode.UnitedStates }],
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
                PermittedOutsideWhen = [TransferCondition.ListedSubProcessor],
            },
        };

        Assert.Equal("$.locations.processing[0]", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void WorldwideScope_DoesNotReportDPA5004()
    {
        // Processing "anywhere in the world" is contradicted by no location; DPA5002 asks for the Chapter V basis instead.
        Assert.Empty(RuleTester.Run(Rule, With(new LocationRestriction { Scope = LocationScope.Worldwide, Commitment = CommitmentLevel.Binding }, "US", "IN")));
    }
}
