using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class ContradictorySubProcessorRegimesRuleTests
{
    private static readonly ContradictorySubProcessorRegimesRule Rule = new();

    private static ProcessingAgreement With(SubProcessorAuthorisation? regime, SubProcessorAuthorisation? other) => TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms { Authorisation = regime, OtherAuthorisation = other },
    };

    [Fact]
    public void GeneralAuthorisationAndSpecificConsent_ReportsDPA4011()
    {
        // Art. 28(2) knows "prior specific or general written authorisation"; SCC 2021/915 7.7(a) has the parties choose
        // Option 1 or Option 2. Both in one contract leave open which binds.
        var finding = Assert.Single(RuleTester.Run(Rule, With(SubProcessorAuthorisation.General, SubProcessorAuthorisation.Specific)));

        Assert.Equal("DPA4011", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.otherAuthorisation", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(["$.subProcessing.authorisation"], finding.Source.RelatedPaths);
        Assert.Equal(
            "The agreement states two regimes for sub-processors that contradict each other: a general authorisation in one clause and specific authorisation of each sub-processor in another",
            finding.Message);
    }

    [Fact]
    public void ProhibitionAndGeneralAuthorisation_ReportsDPA4011()
    {
        Assert.Single(RuleTester.Run(Rule, With(SubProcessorAuthorisation.NotAllowed, SubProcessorAuthorisation.General)));
    }

    [Fact]
    public void OneRegime_DoesNotReportDPA4011()
    {
        // Seeds 000 (5.2) and 001 (8.1): specific consent only, stated once.
        Assert.Empty(RuleTester.Run(Rule, With(SubProcessorAuthorisation.Specific, null)));
    }

    [Fact]
    public void SameRegimeTwice_DoesNotReportDPA4011()
    {
        // Two clauses that say the same thing do not contradict each other.
        Assert.Empty(RuleTester.Run(Rule, With(SubProcessorAuthorisation.General, SubProcessorAuthorisation.General)));
    }
}
