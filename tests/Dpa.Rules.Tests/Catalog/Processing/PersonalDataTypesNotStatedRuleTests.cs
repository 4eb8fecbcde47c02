using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class PersonalDataTypesNotStatedRuleTests
{
    private static readonly PersonalDataTypesNotStatedRule Rule = new();

    private static ProcessingAgreement With(AgreementStatus status, params TextValue[] entries) => TestAgreements.Minimal(status) with
    {
        Processing = new ProcessingDescription { PersonalData = [.. entries] },
    };

    [Fact]
    public void NoEntries_ReportsDPA2005()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(AgreementStatus.Executed)));

        Assert.Equal("DPA2005", finding.RuleId.ToString());
        Assert.Equal("$.processing.personalData", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void OnlyBlankEntriesInExecutedAgreement_ReportsDPA2005()
    {
        // Seed 004 Bijl.1: the annex is "in te vullen door Klant" (to be filled in by the customer) with blank lines.
        var agreement = With(AgreementStatus.Executed, TextValue.Placeholder("(in te vullen door Klant)"), TextValue.Placeholder(string.Empty));

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.processing.personalData", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void BlankEntriesInTemplate_DoesNotReportDPA2005() =>
        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Template, TextValue.Placeholder("(in te vullen door Klant)"))));

    [Fact]
    public void StatedEntryBesideBlanks_DoesNotReportDPA2005()
    {
        // Seed 004 Bijl.1: "Naam", "Adresgegevens" and blank lines
        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Executed, "Naam", TextValue.Placeholder(string.Empty))));
    }
}
