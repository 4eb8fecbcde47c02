using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class SubProcessorLocationUnknownRuleTests
{
    private static readonly SubProcessorLocationUnknownRule Rule = new();

    [Fact]
    public void SubProcessorWithoutCountry_ReportsDPA4008()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors =
                [
                    new SubProcessor { Name = "Proserve BV", Locations = [CountryCode.Netherlands] },
                    new SubProcessor { Name = "Hosting Ltd" },
                ],
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA4008", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.subProcessors[1].locations", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains("'Hosting Ltd'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySubProcessorWithCountry_DoesNotReportDPA4008()
    {
        // Seed 001 clause 8.2: Proserve BV (Rotterdam) and CM.com (Amsterdam).
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors =
                [
                    new SubProcessor { Name = "Proserve BV", Locations = [CountryCode.Netherlands] },
                    new SubProcessor { Name = "CM.com", Locations = [CountryCode.Netherlands] },
                ],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SubProcessorInRegionEu_DoesNotReportDPA4008()
    {
        // Seed 003 Bijl.1: Datto/Autotask and Microsoft "Verwerkingsland EU" — a stated location, inside the EEA; 3.1 lets the
        // processor itself leave the EU, so the restriction does not fix the area and the stated region is what counts.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea },
                PermittedOutsideWhen = [TransferCondition.AdequateProtectionUnspecified],
            },
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors =
                [
                    new SubProcessor { Name = "Datto / Autotask", Locations = [CountryCode.Parse("EU")], EstablishedIn = CountryCode.Netherlands },
                    new SubProcessor { Name = "Microsoft", Locations = [CountryCode.Parse("EU")], EstablishedIn = CountryCode.Netherlands },
                ],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SubProcessorWithoutCountryUnderBindingEeaRestriction_DoesNotReportDPA4008()
    {
        // Seed 001 clause 7.1: processing only within the EEA; clause 8.2 names Proserve BV (Rotterdam) by its seat only.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
            },
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors = [new SubProcessor { Name = "Proserve BV", EstablishedIn = CountryCode.Netherlands }],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SubProcessorWithoutCountryUnderBestEffortsRestriction_ReportsDPA4008()
    {
        // Seed 004 clause 2.4: "in beginsel" in the Netherlands does not fix where a sub-processor processes.
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
            SubProcessing = new SubProcessingTerms { SubProcessors = [new SubProcessor { Name = "Hosting B.V." }] },
        };

        Assert.Equal("$.subProcessing.subProcessors[0].locations", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void SubProcessorWithoutCountryWhenTheProcessorMayLeaveTheArea_ReportsDPA4008()
    {
        // Seed 003 clause 3.1: within the EEA, but outside the EU wherever the processor finds adequate protection.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea },
                PermittedOutsideWhen = [TransferCondition.AdequateProtectionUnspecified],
            },
            SubProcessing = new SubProcessingTerms { SubProcessors = [new SubProcessor { Name = "Microsoft", EstablishedIn = CountryCode.Netherlands }] },
        };

        Assert.Equal("$.subProcessing.subProcessors[0].locations", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }
}
