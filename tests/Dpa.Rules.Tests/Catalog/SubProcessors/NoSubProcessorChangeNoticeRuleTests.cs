using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class NoSubProcessorChangeNoticeRuleTests
{
    private static readonly NoSubProcessorChangeNoticeRule Rule = new();

    private static ProcessingAgreement General(AdvanceNotice? notice) => TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.General, ChangeNotice = notice },
    };

    [Fact]
    public void GeneralAuthorisationWithoutNoticeDuty_ReportsDPA4003()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, General(null)));

        Assert.Equal("DPA4003", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.changeNotice", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void NoticeRequiredWithoutPeriod_ReportsDPA4003AsWarning()
    {
        // Seed 003 clause 5.1: the customer is informed of changes and may object; no notice period is stated.
        var finding = Assert.Single(RuleTester.Run(Rule, General(new AdvanceNotice { Required = true })));

        Assert.Equal("DPA4003", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.changeNotice.minimumPeriod", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("P13D", "13 days")]
    [InlineData("P1W", "1 week")]
    [InlineData("PT72H", "72 hours")]
    public void NoticeShorterThanFourteenDays_ReportsDPA4003AsWarning(string period, string words)
    {
        var notice = new AdvanceNotice { Required = true, MinimumPeriod = ContractualPeriod.Parse(period) };

        var finding = Assert.Single(RuleTester.Run(Rule, General(notice)));

        Assert.Equal("$.subProcessing.changeNotice.minimumPeriod", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            $"Changes of sub-processors are not notified sufficiently in advance: notice is given {words} in advance; at least 14 days in advance is expected",
            finding.Message);
    }

    [Theory]
    [InlineData("P14D")]
    [InlineData("P2W")]
    [InlineData("P1M")] // At least 28 days, whatever the month.
    [InlineData("P30D")]
    public void NoticeOfAtLeastFourteenDays_DoesNotReportDPA4003(string period)
    {
        var notice = new AdvanceNotice { Required = true, MinimumPeriod = ContractualPeriod.Parse(period) };

        Assert.Empty(RuleTester.Run(Rule, General(notice)));
    }

    [Fact]
    public void OneMonthNoticeAgainstAThirtyDayThreshold_DoesNotReportDPA4003()
    {
        // A month lasts 28 to 31 days: it is not certainly shorter than 30 days, so no warning.
        var notice = new AdvanceNotice { Required = true, MinimumPeriod = ContractualPeriod.FromMonths(1) };
        var thresholds = RuleThresholds.Default with { SubProcessorNoticeMinimum = ContractualPeriod.FromDays(30) };

        Assert.Empty(RuleTester.Run(Rule, General(notice), thresholds: thresholds));
    }

    [Fact]
    public void FourWeeksNoticeAgainstATwoMonthThreshold_ReportsDPA4003AsWarning()
    {
        var notice = new AdvanceNotice { Required = true, MinimumPeriod = ContractualPeriod.FromWeeks(4) };
        var thresholds = RuleThresholds.Default with { SubProcessorNoticeMinimum = ContractualPeriod.FromMonths(2) };

        Assert.Equal(RuleSeverity.Warning, Assert.Single(RuleTester.Run(Rule, General(notice), thresholds: thresholds)).Severity);
    }

    [Fact]
    public void SpecificAuthorisation_DoesNotReportDPA4003()
    {
        // Seed 000 clause 5.2: other sub-processors need prior written consent, so no change notice is needed.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void ObjectionWindowRunningFromTheNotice_ReportsDPA4003AsWarning()
    {
        // Seed 002 clause 4.1: the controller may object "binnen 14 dagen na de kennisgeving"; no advance period is stated.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ObjectionRight = new ObjectionRight { Available = true, Window = ContractualPeriod.FromDays(14), RequiresReasonableGrounds = true },
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.subProcessing.changeNotice", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void InformedOnlyWhenHiredWithoutObjectionWindow_ReportsDPA4003AsError()
    {
        // Seed 004 clause 8.1: the customer is informed when a new sub-processor is hired and "will not reasonably object".
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ObjectionRight = new ObjectionRight { Available = true, ExcludedWhenConditionsMet = true },
            },
        };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }

    [Fact]
    public void NoticeOnlyWhenTheChangeIsMade_ReportsDPA4003AsAWarning()
    {
        // Seed 004 clause 8.1: "Wanneer Verwerker een nieuwe of andere Sub-Verwerker inhuurt, informeert Verwerker de Klant".
        // There is a notice, but not of an "intended" change (GDPR Art. 28(2)) nor a period in advance (SCC 7.7(a) Option 2):
        // present but weaker, so a warning under the severity policy.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ChangeNotice = new AdvanceNotice { Required = true, InAdvance = false },
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("$.subProcessing.changeNotice.inAdvance", finding.Path);
    }

    [Fact]
    public void NoNoticeAtAll_IsStillAnError()
    {
        // Art. 28(2): under a general authorisation the processor must inform of intended changes; none is no element.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ChangeNotice = new AdvanceNotice { Required = false },
            },
        };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }

    [Fact]
    public void NoticeOfAnyChangeImpliedByTheObjectionWindow_ReportsDPA4003AsWarning()
    {
        // Seed 002 clause 4.1: "bezwaar ... binnen 14 dagen na de kennisgeving van Verwerker ... tegen dergelijke veranderingen"
        // presupposes a notice of every change without making it a duty (required not stated): no advance period (SCC 7.7(a)).
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ChangeNotice = new AdvanceNotice { Scope = NoticeScope.AnyChange },
                ObjectionRight = new ObjectionRight { Available = true, Window = ContractualPeriod.FromDays(14), RequiresReasonableGrounds = true },
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.subProcessing.changeNotice", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void GeneralAuthorisationInASecondClause_ReportsDPA4003()
    {
        // A general authorisation the processor can rely on, even if another clause asks for specific consent (Art. 28(2)).
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific, OtherAuthorisation = SubProcessorAuthorisation.General },
        };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }
}
