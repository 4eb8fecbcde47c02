using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class ReturnOrDeletionNotControllersChoiceRuleTests
{
    private static readonly ReturnOrDeletionNotControllersChoiceRule Rule = new();

    [Theory]
    [InlineData(EndOfServiceChoice.DeleteOnly, "the agreement provides for deletion only")] // Seed 000 clause 12.3: deletion on first request; no return.
    [InlineData(EndOfServiceChoice.ReturnOnly, "the agreement provides for return only")]
    [InlineData(EndOfServiceChoice.ProcessorChooses, "the processor chooses")]
    public void ChoiceNotTheControllers_ReportsDPA9001(EndOfServiceChoice choice, string word)
    {
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { Choice = choice } };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA9001", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.choice", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal($"Return or deletion of the personal data at the end of the services is not at the controller's choice: {word}", finding.Message);
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
