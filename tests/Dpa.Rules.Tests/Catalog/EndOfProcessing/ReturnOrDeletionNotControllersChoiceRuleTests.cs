using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class ReturnOrDeletionNotControllersChoiceRuleTests
{
    private static readonly ReturnOrDeletionNotControllersChoiceRule Rule = new();

    [Theory]
    [InlineData(EndOfServiceChoice.DeleteOnly, "deleteOnly")] // Seed 000 clause 12.3: deletion on first request; no return.
    [InlineData(EndOfServiceChoice.ReturnOnly, "returnOnly")]
    [InlineData(EndOfServiceChoice.ProcessorChooses, "processorChooses")]
    public void ChoiceNotTheControllers_ReportsDPA9001(EndOfServiceChoice choice, string word)
    {
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { Choice = choice } };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA9001", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.choice", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains($"'{word}'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChoiceNotStated_ReportsDPA9001()
    {
        Assert.Equal("$.endOfProcessing.choice", Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal())).Path);
    }

    [Fact]
    public void ControllerChooses_DoesNotReportDPA9001()
    {
        // Seed 001 clause 14.4 and seed 003 clause 12.4: delete or return at the controller's choice.
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms { Choice = EndOfServiceChoice.ControllerChooses },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
