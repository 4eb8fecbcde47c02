using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class DurationNotStatedRuleTests
{
    private static readonly DurationNotStatedRule Rule = new();

    private static ProcessingAgreement With(ProcessingDuration? duration, TextValue? mainAgreement = null, AgreementStatus status = AgreementStatus.Executed) =>
        TestAgreements.Minimal(status) with
        {
            Document = new AgreementDocument { Status = status, MainAgreement = mainAgreement },
            Processing = new ProcessingDescription { Duration = duration },
        };

    [Fact]
    public void DurationNotStated_ReportsDPA2002()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(null)));

        Assert.Equal("DPA2002", finding.RuleId.ToString());
        Assert.Equal("$.processing.duration", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void MainAgreementNotIdentified_ReportsDPA2002()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(new ProcessingDuration { Basis = DurationBasis.MainAgreement })));

        Assert.Equal("$.document.mainAgreement", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void MainAgreementBlankInExecutedAgreement_ReportsDPA2002()
    {
        var agreement = With(new ProcessingDuration { Basis = DurationBasis.MainAgreement }, TextValue.Placeholder("[OVEREENKOMST]"));

        Assert.Equal("$.document.mainAgreement", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void FixedTermWithoutTerm_ReportsDPA2002() =>
        Assert.Equal(
            "$.processing.duration.term",
            Assert.Single(RuleTester.Run(Rule, With(new ProcessingDuration { Basis = DurationBasis.FixedTerm }))).Path);

    [Fact]
    public void UntilDateWithoutDate_ReportsDPA2002() =>
        Assert.Equal(
            "$.processing.duration.endsOn",
            Assert.Single(RuleTester.Run(Rule, With(new ProcessingDuration { Basis = DurationBasis.UntilDate }))).Path);

    [Fact]
    public void DurationOfIdentifiedMainAgreement_DoesNotReportDPA2002()
    {
        // Seed 000 clause 12.2: for the duration of the "hoofdovereenkomst (dienstverleningsovereenkomst)" between the parties.
        var agreement = With(new ProcessingDuration { Basis = DurationBasis.MainAgreement }, "hoofdovereenkomst (dienstverleningsovereenkomst)");

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void WhileProcessingForIdentifiedServices_DoesNotReportDPA2002()
    {
        // Seed 004 clauses 9.1–9.2: while data are processed for the Services under "de Overeenkomst".
        var agreement = With(new ProcessingDuration { Basis = DurationBasis.WhileProcessing }, "de Overeenkomst");

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void FixedTermOrEndDateOrIndefinite_DoesNotReportDPA2002()
    {
        Assert.Empty(RuleTester.Run(Rule, With(new ProcessingDuration { Basis = DurationBasis.FixedTerm, Term = ContractualPeriod.FromYears(3) })));
        Assert.Empty(RuleTester.Run(Rule, With(new ProcessingDuration { Basis = DurationBasis.UntilDate, EndsOn = new LocalDate(2027, 12, 31) })));
        Assert.Empty(RuleTester.Run(Rule, With(new ProcessingDuration { Basis = DurationBasis.Indefinite })));
    }

    [Fact]
    public void MainAgreementPlaceholderInTemplate_DoesNotReportDPA2002()
    {
        var agreement = With(new ProcessingDuration { Basis = DurationBasis.MainAgreement }, TextValue.Placeholder("[OVEREENKOMST]"), AgreementStatus.Template);

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
