using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class ProcessorNotFullyLiableRuleTests
{
    private static readonly ProcessorNotFullyLiableRule Rule = new();

    [Fact]
    public void GeneralAuthorisationWithLiabilityNotStated_ReportsDPA4006()
    {
        // Seed 003 clause 5: general authorisation and written flow-down, but nothing on the processor's liability.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                FlowDown = FlowDownScope.SameObligations,
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA4006", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.processorFullyLiable", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void LiabilityExcluded_ReportsDPA4006()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific, ProcessorFullyLiable = false },
        };

        Assert.EndsWith(": it excludes that liability", Assert.Single(RuleTester.Run(Rule, agreement)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessorFullyLiable_DoesNotReportDPA4006()
    {
        // Seed 000 clause 5.3: liable "alsof hij zelf de fout(en) heeft begaan"; seed 001 clause 8.3: "onverkort aansprakelijk".
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific, ProcessorFullyLiable = true },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SubProcessorsNotAllowed_DoesNotReportDPA4006()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.NotAllowed },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
