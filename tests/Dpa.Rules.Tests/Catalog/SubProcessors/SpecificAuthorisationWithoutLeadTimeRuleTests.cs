using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class SpecificAuthorisationWithoutLeadTimeRuleTests
{
    private static readonly SpecificAuthorisationWithoutLeadTimeRule Rule = new();

    private static ProcessingAgreement With(SubProcessorAuthorisation regime, ContractualPeriod? leadTime, SubProcessorAuthorisation? other = null) =>
        TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = regime, OtherAuthorisation = other, RequestLeadTime = leadTime },
        };

    [Fact]
    public void SpecificAuthorisationWithoutLeadTime_ReportsDPA4007()
    {
        // Seed 000 clause 5.2 and seed 001 clause 8.1: prior consent for each sub-processor, but no time to request it;
        // SCC 2021/915 7.7(a) Option 1: the request "at least [SPECIFY TIME PERIOD] prior to the engagement".
        var finding = Assert.Single(RuleTester.Run(Rule, With(SubProcessorAuthorisation.Specific, null)));

        Assert.Equal("DPA4007", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.requestLeadTime", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void SpecificConsentInASecondClause_ReportsDPA4007()
    {
        // Where any clause requires specific authorisation, SCC 7.7(a) Option 1 is its yardstick.
        Assert.Single(RuleTester.Run(Rule, With(SubProcessorAuthorisation.General, null, SubProcessorAuthorisation.Specific)));
    }

    [Fact]
    public void SpecificAuthorisationWithLeadTime_DoesNotReportDPA4007()
    {
        // "The processor requests the authorisation at least 30 days before the engagement" (SCC 7.7(a) Option 1).
        Assert.Empty(RuleTester.Run(Rule, With(SubProcessorAuthorisation.Specific, ContractualPeriod.FromDays(30))));
    }

    [Fact]
    public void GeneralAuthorisation_DoesNotReportDPA4007()
    {
        // Under general authorisation notice and objection replace the request (Option 2; DPA4003, DPA4004).
        Assert.Empty(RuleTester.Run(Rule, With(SubProcessorAuthorisation.General, null)));
    }
}
