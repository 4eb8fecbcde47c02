using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class GeneralAuthorisationWithoutListRuleTests
{
    private static readonly GeneralAuthorisationWithoutListRule Rule = new();

    [Fact]
    public void GeneralAuthorisationWithNamesOnlyOnRequest_ReportsDPA4002()
    {
        // Seed 004 clause 8.1: sub-processors are used and named on request; none is named in the agreement.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ListLocation = SubProcessorListLocation.OnRequest,
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA4002", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.subProcessors", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void GeneralAuthorisationWithExternalListButNoAddress_ReportsDPA4002()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ListLocation = SubProcessorListLocation.ExternalUrl,
                ListUrl = TextValue.Placeholder("[URL]"),
            },
        };

        Assert.Equal("$.subProcessing.subProcessors", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void GeneralAuthorisationWithNamedSubProcessors_DoesNotReportDPA4002()
    {
        // Seed 003 Bijl.1: Datto/Autotask, Administratiekantoor Marck, Microsoft and others are named with their countries.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                SubProcessors = [new SubProcessor { Name = "Microsoft", Locations = [CountryCode.Netherlands] }],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void GeneralAuthorisationWithListOnlyAtAWebAddress_ReportsDPA4002AsWarning()
    {
        // Seed 002 clause 4.4: the full list is on the processor's website; Bijl.2 §3 names AWS only.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ListLocation = SubProcessorListLocation.ExternalUrl,
                ListUrl = "https://example.com/subverwerkers.pdf",
                SubProcessors = [new SubProcessor { Name = "Amazon Web Services (AWS)", Locations = [CountryCode.Parse("IE")] }],
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA4002", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.listLocation", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.EndsWith(": the list is kept on a web page outside the agreement", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneralAuthorisationWithListInTheAgreement_DoesNotReportDPA4002()
    {
        // Seed 003 Bijl.1 lists the sub-processors in the agreement.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ListLocation = SubProcessorListLocation.InAgreement,
                SubProcessors = [new SubProcessor { Name = "Copaco", Locations = [CountryCode.Netherlands] }],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SpecificAuthorisationWithoutList_DoesNotReportDPA4002()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
