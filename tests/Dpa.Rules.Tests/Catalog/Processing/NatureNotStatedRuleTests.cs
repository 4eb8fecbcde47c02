using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class NatureNotStatedRuleTests
{
    private static readonly NatureNotStatedRule Rule = new();

    private static ProcessingAgreement With(AgreementStatus status, params TextValue[] entries) => TestAgreements.Minimal(status) with
    {
        Processing = new ProcessingDescription { Nature = [.. entries] },
    };

    [Fact]
    public void NoEntries_ReportsDPA2003()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(AgreementStatus.Executed)));

        Assert.Equal("DPA2003", finding.RuleId.ToString());
        Assert.Equal("$.processing.nature", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void OnlyBlankEntriesInExecutedAgreement_ReportsDPA2003()
    {
        // Seed 004 Bijl.1: the annex is "in te vullen door Klant" (to be filled in by the customer) with blank lines.
        var agreement = With(AgreementStatus.Executed, TextValue.Placeholder("(in te vullen door Klant)"), TextValue.Placeholder(string.Empty));

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.processing.nature", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void BlankEntriesInTemplate_DoesNotReportDPA2003() =>
        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Template, TextValue.Placeholder("(in te vullen door Klant)"))));

    [Fact]
    public void StatedEntryBesideBlanks_DoesNotReportDPA2003()
    {
        // Seed 004 clause 2.2: "opslag van gegevens"
        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Executed, "storage of data", TextValue.Placeholder(string.Empty))));
    }
}
