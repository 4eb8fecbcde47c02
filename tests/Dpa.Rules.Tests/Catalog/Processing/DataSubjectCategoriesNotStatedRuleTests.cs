using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class DataSubjectCategoriesNotStatedRuleTests
{
    private static readonly DataSubjectCategoriesNotStatedRule Rule = new();

    private static ProcessingAgreement With(AgreementStatus status, params TextValue[] entries) => TestAgreements.Minimal(status) with
    {
        Processing = new ProcessingDescription { DataSubjects = [.. entries] },
    };

    [Fact]
    public void NoEntries_ReportsDPA2006()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(AgreementStatus.Executed)));

        Assert.Equal("DPA2006", finding.RuleId.ToString());
        Assert.Equal("$.processing.dataSubjects", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void OnlyBlankEntriesInExecutedAgreement_ReportsDPA2006()
    {
        // Seed 004 Bijl.1: the annex is "in te vullen door Klant" (to be filled in by the customer) with blank lines.
        var agreement = With(AgreementStatus.Executed, TextValue.Placeholder("(in te vullen door Klant)"), TextValue.Placeholder(string.Empty));

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.processing.dataSubjects", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void BlankEntriesInTemplate_DoesNotReportDPA2006() =>
        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Template, TextValue.Placeholder("(in te vullen door Klant)"))));

    [Fact]
    public void StatedEntryBesideBlanks_DoesNotReportDPA2006()
    {
        // Seed 001 Bijl.1: the data subjects are the customer's employees.
        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Executed, "employees", TextValue.Placeholder(string.Empty))));
    }
}
