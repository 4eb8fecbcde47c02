using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class ProcessingNotLimitedToInstructionsRuleTests
{
    private static readonly ProcessingNotLimitedToInstructionsRule Rule = new();

    [Fact]
    public void NotStated_ReportsDPA3001()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA3001", finding.RuleId.ToString());
        Assert.Equal("$.instructions.documentedInstructionsOnly", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void ProcessingBeyondInstructionsAllowed_ReportsDPA3001()
    {
        var agreement = TestAgreements.Minimal() with { Instructions = new InstructionTerms { DocumentedInstructionsOnly = false } };

        Assert.Equal("$.instructions.documentedInstructionsOnly", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void OnlyOnDocumentedInstructions_DoesNotReportDPA3001()
    {
        // Seed 002 clause 3.1: the processor processes personal data only on written or electronic instructions.
        var agreement = TestAgreements.Minimal() with { Instructions = new InstructionTerms { DocumentedInstructionsOnly = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
