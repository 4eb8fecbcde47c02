using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class RetentionByProcessorPolicyRuleTests
{
    private static readonly RetentionByProcessorPolicyRule Rule = new();

    [Fact]
    public void RetentionByProcessorPolicy_ReportsDPA9003()
    {
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms
            {
                RetentionExceptions = [RetentionBasis.UnionOrMemberStateLaw, RetentionBasis.ProcessorPolicy],
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA9003", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.retentionExceptions[1]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void RetentionRequiredByLawOrOnInstruction_DoesNotReportDPA9003()
    {
        // Seed 001 clause 14.5: kept longer only when the controller asks in writing; otherwise only where the law requires it.
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms
            {
                RetentionExceptions = [RetentionBasis.UnionOrMemberStateLaw, RetentionBasis.ControllerInstruction],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
