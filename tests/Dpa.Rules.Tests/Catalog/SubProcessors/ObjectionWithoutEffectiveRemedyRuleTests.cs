using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class ObjectionWithoutEffectiveRemedyRuleTests
{
    private static readonly ObjectionWithoutEffectiveRemedyRule Rule = new();

    private static ProcessingAgreement With(ObjectionConsequence? consequence, bool? refund, SubProcessorAuthorisation authorisation = SubProcessorAuthorisation.General) =>
        TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = authorisation,
                ObjectionRight = new ObjectionRight { Available = true, Consequence = consequence, FeesRefundedOnTermination = refund },
            },
        };

    [Fact]
    public void TerminationWithoutRefund_ReportsDPA4010()
    {
        // Art. 28(2) "opportunity to object"; SCC 2021/915 7.7(a) Option 2 "object ... prior to the engagement": an exit that
        // forfeits the fees paid is weaker than an objection that stops the change.
        var finding = Assert.Single(RuleTester.Run(Rule, With(ObjectionConsequence.TerminationOnly, refund: false)));

        Assert.Equal("DPA4010", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.objectionRight.consequence", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(["$.subProcessing.objectionRight.feesRefundedOnTermination"], finding.Source.RelatedPaths);
        Assert.Contains("without a refund", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TerminationWithRefundNotStated_ReportsDPA4010AsWarning()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(ObjectionConsequence.TerminationOnly, refund: null)));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("refund of fees paid in advance is not stated", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectionWithoutAnyConsequence_ReportsDPA4010AsError()
    {
        // An objection the processor may ignore without any consequence is no opportunity to object (Art. 28(2)).
        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, With(ObjectionConsequence.NoEffect, refund: null))).Severity);
    }

    [Fact]
    public void TerminationWithRefund_DoesNotReportDPA4010()
    {
        // The controller can leave without losing what it paid for: no reviewer's risk beyond what Art. 28(2) leaves open.
        Assert.Empty(RuleTester.Run(Rule, With(ObjectionConsequence.TerminationOnly, refund: true)));
    }

    [Fact]
    public void ChangeNotMade_DoesNotReportDPA4010()
    {
        // The objection prevents the engagement, as SCC 2021/915 7.7(a) Option 2 envisages ("prior to the engagement").
        Assert.Empty(RuleTester.Run(Rule, With(ObjectionConsequence.ChangeNotMade, refund: null)));
    }

    [Fact]
    public void ConsequenceNotStated_DoesNotReportDPA4010()
    {
        // Seeds 002 clause 4.1 and 003 clause 5.1 offer the objection without saying what it leads to; neither Art. 28(2)
        // nor the SCCs require that the contract says so.
        Assert.Empty(RuleTester.Run(Rule, With(null, refund: null)));
    }

    [Fact]
    public void SpecificAuthorisation_DoesNotReportDPA4010()
    {
        // Under specific authorisation nothing is engaged without consent (Art. 28(2), first sentence).
        Assert.Empty(RuleTester.Run(Rule, With(ObjectionConsequence.NoEffect, refund: null, SubProcessorAuthorisation.Specific)));
    }

    [Fact]
    public void Message_IsLocalizedInDutch()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(ObjectionConsequence.TerminationOnly, refund: false), culture: System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(
            "Een bezwaar tegen een nieuwe of vervangende subverwerker houdt de wijziging niet tegen: de verwerkingsverantwoordelijke kan alleen opzeggen, zonder terugbetaling van vooruitbetaalde vergoedingen",
            finding.Message);
    }
}
