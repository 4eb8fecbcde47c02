using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class SubProcessorAuthorisationNotStatedRuleTests
{
    private static readonly SubProcessorAuthorisationNotStatedRule Rule = new();

    [Fact]
    public void AuthorisationNotStated_ReportsDPA4001()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA4001", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.authorisation", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Theory]
    [InlineData(SubProcessorAuthorisation.Specific)] // Seed 001 clause 8.1: only with explicit authorisation.
    [InlineData(SubProcessorAuthorisation.General)] // Seed 003 clause 5.1: "algemeen schriftelijke toestemming".
    [InlineData(SubProcessorAuthorisation.NotAllowed)]
    public void AuthorisationStated_DoesNotReportDPA4001(SubProcessorAuthorisation authorisation)
    {
        var agreement = TestAgreements.Minimal() with { SubProcessing = new SubProcessingTerms { Authorisation = authorisation } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
