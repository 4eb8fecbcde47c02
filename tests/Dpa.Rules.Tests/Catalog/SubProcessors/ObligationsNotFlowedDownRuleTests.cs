using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class ObligationsNotFlowedDownRuleTests
{
    private static readonly ObligationsNotFlowedDownRule Rule = new();

    [Fact]
    public void OnlyRelevantObligationsFlowedDown_ReportsDPA4005()
    {
        // Seed 004 clause 8.2: only "de voor de Sub-Verwerkers relevante verplichtingen" are imposed on sub-processors. A
        // flow-down exists but is weaker than GDPR Art. 28(4)'s "the same data protection obligations" (SCC 7.7(b)): a
        // warning under the severity policy, not the error of a missing flow-down.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                FlowDown = FlowDownScope.PartialObligations,
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA4005", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.flowDown", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.EndsWith(": only some of those obligations are imposed on them", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamedSubProcessorWithFlowDownNotStated_ReportsDPA4005()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                SubProcessors = [new SubProcessor { Name = "SmartDC", Locations = [CountryCode.Netherlands] }],
            },
        };

        Assert.Equal("$.subProcessing.flowDown", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void SameObligations_DoesNotReportDPA4005()
    {
        // Seed 001 clause 8.3: a written contract with the sub-processor imposing the same obligations.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.Specific,
                FlowDown = FlowDownScope.SameObligations,
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SubProcessorsNotAllowed_DoesNotReportDPA4005()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.NotAllowed },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void NoFlowDownStated_IsStillAnError()
    {
        // GDPR Art. 28(4): the same obligations must be imposed; an agreement that allows sub-processors and says nothing
        // lacks the element.
        var agreement = TestAgreements.Minimal() with { SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.General } };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }
}
