using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class TransferWithoutBasisRuleTests
{
    private static readonly TransferWithoutBasisRule Rule = new();

    private static ProcessingAgreement WithSubProcessor(string country, TransferSafeguard? safeguard = null) => TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms
        {
            SubProcessors =
            [
                new SubProcessor { Name = "SmartDC", Locations = [CountryCode.Netherlands] },
                new SubProcessor { Name = "Support Inc.", Locations = [CountryCode.Netherlands, CountryCode.Parse(country)], Safeguard = safeguard },
            ],
        },
    };

    [Fact]
    public void OpenTransferExceptionWithoutSafeguard_ReportsDPA5002()
    {
        // Seed 004 clause 2.4: for domain names and SSL certificates parties outside the EEA are possible; no safeguard.
        var agreement = TestAgreements.Minimal() with { Transfers = [new Transfer { Scope = "domeinnamen en SSL-certificaten" }] };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA5002", finding.RuleId.ToString());
        Assert.Equal("$.transfers[0].safeguard", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains(" in any country, ", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SSL", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubProcessorInIndiaWithoutSafeguard_ReportsDPA5002()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, WithSubProcessor("IN")));

        Assert.Equal("$.subProcessing.subProcessors[1].locations[1]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains("'Support Inc.'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(" in force on 2026-11-25 ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubProcessorInIndiaClaimingAdequacy_ReportsDPA5002()
    {
        var safeguard = new TransferSafeguard { Mechanism = TransferMechanism.AdequacyDecision };

        Assert.Single(RuleTester.Run(Rule, WithSubProcessor("IN", safeguard)));
    }

    [Fact]
    public void SubProcessorInTheUnitedStatesWithoutSafeguard_ReportsDPA5002()
    {
        // Decision 2023/1795 covers only certified organisations: a US location with nothing stated has no basis.
        Assert.Single(RuleTester.Run(Rule, WithSubProcessor("US")));
    }

    [Fact]
    public void SubProcessorInBrazilBeforeTheDecision_ReportsDPA5002()
    {
        Assert.Single(RuleTester.Run(Rule, WithSubProcessor("BR"), asOf: new LocalDate(2026, 1, 25)));
    }

    [Fact]
    public void SubProcessorInBrazilFromTheDecision_DoesNotReportDPA5002()
    {
        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("BR"), asOf: new LocalDate(2026, 1, 26)));
    }

    [Fact]
    public void SubProcessorInTheUnitedKingdomAfterTheDecisionExpires_ReportsDPA5002()
    {
        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("GB")));
        Assert.Single(RuleTester.Run(Rule, WithSubProcessor("GB"), asOf: new LocalDate(2032, 1, 1)));
    }

    [Fact]
    public void ProcessorLocationOutsideTheEeaWithoutSafeguard_ReportsDPA5002()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Processing = [new ProcessingLocation { Country = CountryCode.Netherlands }, new ProcessingLocation { Country = CountryCode.Parse("IN") }],
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.locations.processing[1]", finding.Path);
        Assert.Contains("'Verwerker B.V.'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessorLocationOutsideTheEeaCoveredByStatedTransfer_DoesNotReportDPA5002()
    {
        var india = CountryCode.Parse("IN");
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms { Processing = [new ProcessingLocation { Country = india }] },
            Transfers = [new Transfer { Destination = india, Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.StandardContractualClauses } }],
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void EeaLocations_DoesNotReportDPA5002()
    {
        // Seed 002 Bijl.2 §3: AWS in Ireland, fallback Germany — no transfer at all.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Processing = [new ProcessingLocation { Country = CountryCode.Parse("IE") }, new ProcessingLocation { Country = CountryCode.Parse("DE") }],
            },
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors = [new SubProcessor { Name = "AWS", Locations = [CountryCode.Parse("IE"), CountryCode.Parse("DE")] }],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Theory]
    [InlineData(TransferMechanism.StandardContractualClauses)]
    [InlineData(TransferMechanism.BindingCorporateRules)]
    public void SubProcessorOutsideTheEeaWithArticle46Safeguard_DoesNotReportDPA5002(TransferMechanism mechanism)
    {
        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("IN", new TransferSafeguard { Mechanism = mechanism })));
    }

    [Fact]
    public void OpenTransferExceptionWithStandardContractualClauses_DoesNotReportDPA5002()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Transfers = [new Transfer { Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.StandardContractualClauses } }],
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void CertifiedUsSubProcessor_DoesNotReportDPA5002()
    {
        var safeguard = new TransferSafeguard { Mechanism = TransferMechanism.AdequacyDecision, DataPrivacyFrameworkCertified = true };

        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("US", safeguard)));
    }

    [Fact]
    public void ProcessorLocationWithUnsafeguardedTransfer_ReportsDPA5002Once()
    {
        var india = CountryCode.Parse("IN");
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms { Processing = [new ProcessingLocation { Country = india }] },
            Transfers = [new Transfer { Destination = india }],
        };

        Assert.Equal("$.transfers[0].safeguard", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void PermissionOutsideWhereTheProcessorFindsAdequateProtection_ReportsDPA5002()
    {
        // Seed 003 clause 3.1: outside the EU if the country ensures "een passend beschermingsniveau"; no mechanism named.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea },
                PermittedOutsideWhen = [TransferCondition.ControllerInstruction, TransferCondition.AdequateProtectionUnspecified],
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.locations.permittedOutsideWhen[1]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void PermissionOutsideOnAdequacyDecisionOrStandardClauses_DoesNotReportDPA5002()
    {
        // Seed 002 clause 4.3: outside the EEA only on instruction, by law, under an adequacy decision or with the SCCs.
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms
            {
                Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
                PermittedOutsideWhen =
                [
                    TransferCondition.ControllerInstruction,
                    TransferCondition.LegalRequirement,
                    TransferCondition.AdequacyDecision,
                    TransferCondition.StandardContractualClauses,
                ],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void Message_IsLocalizedInDutchWithItsArguments()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, WithSubProcessor("IN"), culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(
            "Persoonsgegevens kunnen door 'Support Inc.' worden verwerkt in IN, buiten de EER, zonder adequaatheidsbesluit dat op 2026-11-25 van kracht is en zonder passende waarborg",
            finding.Message);
    }

    [Fact]
    public void WorldwideProcessingWithoutSafeguard_ReportsDPA5002()
    {
        // "Anywhere in the world" reaches countries without adequacy, with no Art. 46 safeguard stated (Arts. 44-46).
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms { Restriction = new LocationRestriction { Scope = LocationScope.Worldwide, Commitment = CommitmentLevel.Binding } },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.locations.restriction.scope", finding.Path);
        Assert.Contains(" in any country, ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorldwideProcessingUnderStandardContractualClauses_DoesNotReportDPA5002()
    {
        // Every transfer, wherever it goes, under the clauses of Decision 2021/914 (Art. 46(2)(c)).
        var agreement = TestAgreements.Minimal() with
        {
            Locations = new LocationTerms { Restriction = new LocationRestriction { Scope = LocationScope.Worldwide, Commitment = CommitmentLevel.Binding } },
            Transfers = [new Transfer { Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.StandardContractualClauses } }],
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SubProcessorWithClausesAsAnAlternativeBasis_DoesNotReportDPA5002()
    {
        // "Adequacy and/or the standard contractual clauses" for India: India has no adequacy decision, but the clauses apply.
        var safeguard = new TransferSafeguard { Mechanism = TransferMechanism.AdequacyDecision, AlternativeMechanisms = [TransferMechanism.StandardContractualClauses] };

        Assert.Empty(RuleTester.Run(Rule, WithSubProcessor("IN", safeguard)));
    }
}
