using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class NoDataSubjectRequestAssistanceRuleTests
{
    private static readonly NoDataSubjectRequestAssistanceRule Rule = new();

    private static ProcessingAgreement With(DataSubjectAssistance? assistance) => TestAgreements.Minimal() with
    {
        Assistance = new AssistanceTerms { DataSubjectRequests = assistance },
    };

    [Fact]
    public void NotStated_ReportsDPA3007()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(null)));

        Assert.Equal("DPA3007", finding.RuleId.ToString());
        Assert.Equal("$.assistance.dataSubjectRequests", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void NotProvided_ReportsDPA3007() =>
        Assert.Equal(
            "$.assistance.dataSubjectRequests.provided",
            Assert.Single(RuleTester.Run(Rule, With(new DataSubjectAssistance { Provided = false }))).Path);

    [Fact]
    public void AssistanceAsFarAsPossible_DoesNotReportDPA3007()
    {
        // Seed 003 clause 8.2: help "voor zover mogelijk en redelijk" — Art. 28(3)(e) itself says "insofar as this is possible".
        var assistance = new DataSubjectAssistance { Provided = true, Commitment = CommitmentLevel.BestEfforts };

        Assert.Empty(RuleTester.Run(Rule, With(assistance)));
    }
}
