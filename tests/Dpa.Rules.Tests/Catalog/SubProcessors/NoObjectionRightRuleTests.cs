using System.Globalization;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class NoObjectionRightRuleTests
{
    private static readonly NoObjectionRightRule Rule = new();

    [Fact]
    public void GeneralAuthorisationWithoutObjectionRight_ReportsDPA4004()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.General },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA4004", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.objectionRight", finding.Path);
        Assert.Equal(global::Dpa.Rules.Authoring.RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void GeneralAuthorisationWithObjectionRightDenied_ReportsDPA4004()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ObjectionRight = new ObjectionRight { Available = false },
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.subProcessing.objectionRight", finding.Path);
        Assert.EndsWith(": the right to object is excluded", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneralAuthorisationWithObjectionRight_DoesNotReportDPA4004()
    {
        // Seed 002 clause 4.1: the customer may object on reasonable grounds within 14 days of the notice.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ObjectionRight = new ObjectionRight { Available = true, Window = ContractualPeriod.FromDays(14), RequiresReasonableGrounds = true },
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void GeneralAuthorisationWithObjectionWaivedInAdvance_ReportsDPA4004AsWarning()
    {
        // Seed 004 clause 8.1: "De Klant zal redelijkerwijs geen bezwaar maken ... als wordt voldaan aan het in het volgende
        // lid bepaalde" — 8.2 only asks for the flow-down Art. 28(4) requires anyway.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ObjectionRight = new ObjectionRight { Available = true, ExcludedWhenConditionsMet = true },
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA4004", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.objectionRight.excludedWhenConditionsMet", finding.Path);
        Assert.Equal(global::Dpa.Rules.Authoring.RuleSeverity.Warning, finding.Severity);
        Assert.EndsWith(": the controller waives it in advance when the processor meets stated conditions", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecificAuthorisation_DoesNotReportDPA4004()
    {
        // Seed 000 clause 5.2: every other sub-processor needs prior written consent.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void Message_IsLocalizedInDutch()
    {
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.General },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.StartsWith("Subverwerkers worden ingeschakeld", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneralAuthorisationInASecondClauseWithoutObjectionRight_ReportsDPA4004()
    {
        // Where any clause grants a general authorisation, Art. 28(2) requires the opportunity to object for it.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific, OtherAuthorisation = SubProcessorAuthorisation.General },
        };

        Assert.Equal("$.subProcessing.objectionRight", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void WaiverNotStated_DoesNotReportDPA4004()
    {
        // Seed 003 clause 5.1 offers the objection and says nothing of a waiver: not stated is no waiver.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ObjectionRight = new ObjectionRight { Available = true, ExcludedWhenConditionsMet = null },
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
