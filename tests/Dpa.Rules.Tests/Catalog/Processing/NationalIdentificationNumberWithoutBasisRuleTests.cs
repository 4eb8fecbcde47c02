using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class NationalIdentificationNumberWithoutBasisRuleTests
{
    private static readonly NationalIdentificationNumberWithoutBasisRule Rule = new();

    private static AgreementBuilder With(DataPresence numbers, TextValue? basis = null, AgreementStatus status = AgreementStatus.Executed) =>
        AgreementBuilder.Compliant()
            .Document(d => d with { Status = status })
            .Processing(p => p with
            {
                SensitiveData = p.SensitiveData with { NationalIdentificationNumbers = numbers, NationalIdentificationNumberBasis = basis },
            });

    [Fact]
    public void PassportCopiesWithoutALaw_ReportsDPA2009()
    {
        // Seed 002 Bijl.1 lists "kopie paspoort / paspoort gegevens": a Dutch passport shows the BSN, which may be used only
        // to carry out the law that prescribes it or for purposes set by law (UAVG Art. 46(1); GDPR Art. 87). No law is named.
        var finding = Assert.Single(RuleTester.Run(Rule, With(DataPresence.Present)));

        Assert.Equal("DPA2009", finding.RuleId.ToString());
        Assert.Equal("$.processing.sensitiveData.nationalIdentificationNumberBasis", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "National identification numbers, such as the citizen service number (BSN), are processed, but the agreement names no law that provides for their use",
            finding.Message);
    }

    [Fact]
    public void LawLeftBlankInExecutedAgreement_ReportsDPA2009InDutch()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(DataPresence.Present, TextValue.Placeholder("[wet]")), culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(
            "Er worden nationale identificatienummers verwerkt, zoals het burgerservicenummer (BSN), maar de overeenkomst noemt geen wet die het gebruik ervan voorschrijft",
            finding.Message);
    }

    [Fact]
    public void LawNamed_DoesNotReportDPA2009()
    {
        // The employer keeps a copy of the employee's identity document under the Wet op de loonbelasting 1964 (art. 28):
        // a law that provides for the BSN's use (UAVG Art. 46(1)).
        Assert.Empty(RuleTester.Run(Rule, With(DataPresence.Present, "Wet op de loonbelasting 1964, art. 28")));
    }

    [Fact]
    public void LawLeftBlankInTemplate_DoesNotReportDPA2009()
    {
        // A template's blank is DPA1003's to list (info), not a missing basis.
        Assert.Empty(RuleTester.Run(Rule, With(DataPresence.Present, TextValue.Placeholder("[wet]"), AgreementStatus.Template)));
    }

    [Theory]
    [InlineData(DataPresence.NotStated)]
    [InlineData(DataPresence.Excluded)]
    [InlineData(DataPresence.Placeholder)]
    public void NumbersNotProcessed_DoesNotReportDPA2009(DataPresence numbers)
    {
        // Seed 004 Bijl.1: "BSN nummers" is an item of a checklist the customer completes: a blank, not a declaration.
        Assert.Empty(RuleTester.Run(Rule, With(numbers)));
    }
}
