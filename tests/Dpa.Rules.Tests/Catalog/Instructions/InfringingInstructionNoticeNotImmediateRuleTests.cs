using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class InfringingInstructionNoticeNotImmediateRuleTests
{
    private static readonly InfringingInstructionNoticeNotImmediateRule Rule = new();

    private static ProcessingAgreement With(NoticeTerms? notice) => TestAgreements.Minimal() with
    {
        Instructions = new InstructionTerms { InfringingInstructionNotice = notice },
    };

    [Fact]
    public void NoticeNotStated_ReportsDPA3004()
    {
        // Seeds 000 and 004 have no clause on instructions that infringe the GDPR.
        var finding = Assert.Single(RuleTester.Run(Rule, With(null)));

        Assert.Equal("DPA3004", finding.RuleId.ToString());
        Assert.Equal("$.instructions.infringingInstructionNotice", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void NoticeWithinDays_ReportsDPA3004()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(new NoticeTerms { Promptness = Promptness.WithinPeriod, Period = ContractualPeriod.FromDays(5) })));

        Assert.Equal("$.instructions.infringingInstructionNotice.period", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void NoticeOnlyByBestEfforts_ReportsDPA3004()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(new NoticeTerms { Promptness = Promptness.BestEfforts })));

        Assert.Equal("$.instructions.infringingInstructionNotice.promptness", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void NoticeWithoutUndueDelay_ReportsDPA3004AsWarning()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(new NoticeTerms { Promptness = Promptness.WithoutUndueDelay })));

        Assert.Equal("$.instructions.infringingInstructionNotice.promptness", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void ImmediateNotice_DoesNotReportDPA3004()
    {
        // Seed 003 clause 2.3 and seed 002 clause 6.2: the processor informs the controller "onmiddellijk" (immediately).
        Assert.Empty(RuleTester.Run(Rule, With(new NoticeTerms { Promptness = Promptness.Immediately })));
    }

    [Fact]
    public void PeriodOfZero_DoesNotReportDPA3004() =>
        Assert.Empty(RuleTester.Run(Rule, With(new NoticeTerms { Promptness = Promptness.WithinPeriod, Period = ContractualPeriod.FromHours(0) })));
}
