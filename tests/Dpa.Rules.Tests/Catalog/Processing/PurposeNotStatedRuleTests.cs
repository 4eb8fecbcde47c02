using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class PurposeNotStatedRuleTests
{
    private static readonly PurposeNotStatedRule Rule = new();

    private static ProcessingAgreement With(AgreementStatus status, params TextValue[] entries) => TestAgreements.Minimal(status) with
    {
        Processing = new ProcessingDescription { Purposes = [.. entries] },
    };

    [Fact]
    public void NoEntries_ReportsDPA2004()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(AgreementStatus.Executed)));

        Assert.Equal("DPA2004", finding.RuleId.ToString());
        Assert.Equal("$.processing.purposes", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void OnlyBlankEntriesInExecutedAgreement_ReportsDPA2004()
    {
        // Seed 004 Bijl.1: the annex is "in te vullen door Klant" (to be filled in by the customer) with blank lines.
        var agreement = With(AgreementStatus.Executed, TextValue.Placeholder("(in te vullen door Klant)"), TextValue.Placeholder(string.Empty));

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.processing.purposes", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void BlankEntriesInTemplate_DoesNotReportDPA2004() =>
        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Template, TextValue.Placeholder("(in te vullen door Klant)"))));

    [Fact]
    public void StatedEntryBesideBlanks_DoesNotReportDPA2004()
    {
        // Seed 004 clause 2.1: the purpose is to enable the processor to provide the Services.
        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Executed, "providing the Services", TextValue.Placeholder(string.Empty))));
    }
}
