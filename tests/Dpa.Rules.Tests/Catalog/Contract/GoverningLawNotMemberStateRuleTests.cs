using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class GoverningLawNotMemberStateRuleTests
{
    private static readonly GoverningLawNotMemberStateRule Rule = new();

    [Fact]
    public void NoGoverningLaw_ReportsDPA1004()
    {
        // Art. 28(3): a contract "under Union or Member State law"; an agreement that chooses none leaves it to Rome I.
        var agreement = AgreementBuilder.Compliant().Document(d => d with { GoverningLaw = null });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA1004", finding.RuleId.ToString());
        Assert.Equal("$.document.governingLaw", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("The agreement is not shown to be governed by Union law or the law of a member state: it names no governing law", finding.Message);
    }

    [Fact]
    public void LawOfTheUnitedStates_ReportsDPA1004()
    {
        // The United States is neither an EU member state nor in the EEA: not "Union or Member State law" (Art. 28(3)).
        var agreement = AgreementBuilder.Compliant().Document(d => d with { GoverningLaw = CountryCode.UnitedStates });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.document.governingLaw", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("The agreement is not shown to be governed by Union law or the law of a member state: it is governed by the law of US, outside the EU and the EEA", finding.Message);
    }

    [Fact]
    public void LawOfSwitzerland_ReportsDPA1004InDutch()
    {
        // Switzerland has an adequacy decision but is no member state of the EU or the EEA.
        var agreement = AgreementBuilder.Compliant().Document(d => d with { GoverningLaw = CountryCode.Parse("CH") });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(
            "Niet aangetoond is dat de overeenkomst wordt beheerst door Unierecht of het recht van een lidstaat: zij wordt beheerst door het recht van CH, buiten de EU en de EER",
            finding.Message);
    }

    [Fact]
    public void GoverningLawLeftBlankInTemplate_ReportsDPA1004AsInfo()
    {
        // A template's "governed by the laws of [Member State]" (compare SCC 2021/914 Clause 17) is a blank to fill in,
        // not a law chosen: recorded as a placeholder, never guessed.
        var agreement = AgreementBuilder.Compliant().Document(d => d with
        {
            Status = AgreementStatus.Template,
            GoverningLaw = null,
            GoverningLawPlaceholder = TextValue.Placeholder("[lidstaat]"),
        });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.document.governingLawPlaceholder", finding.Path);
        Assert.Equal(RuleSeverity.Info, finding.Severity);
    }

    [Fact]
    public void GoverningLawLeftBlankInExecutedAgreement_ReportsDPA1004AsWarning()
    {
        var agreement = AgreementBuilder.Compliant().Document(d => d with { GoverningLaw = null, GoverningLawPlaceholder = TextValue.Placeholder("") });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("NL")]
    [InlineData("DE")]
    [InlineData("EL")]
    [InlineData("NO")]
    [InlineData("EU")]
    public void LawOfAMemberStateOrTheUnion_DoesNotReportDPA1004(string country)
    {
        // Seeds 000 13.1, 001 16.1, 002 8.1, 003 13.1 and 004 14.1: "Nederlands recht". Norway is bound by the GDPR through
        // the EEA Agreement; "EU" is Union law.
        var agreement = AgreementBuilder.Compliant().Document(d => d with { GoverningLaw = CountryCode.Parse(country) });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void DutchLaw_DoesNotReportDPA1004() =>
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
}
