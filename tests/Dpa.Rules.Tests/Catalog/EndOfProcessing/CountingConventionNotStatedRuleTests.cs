using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class CountingConventionNotStatedRuleTests
{
    private static readonly CountingConventionNotStatedRule Rule = new();

    [Fact]
    public void DeletionPeriodWithoutConvention_ReportsDPA9008()
    {
        // Seed 000 App.1 §6: retention ends "een maand na het beëindigen van het contract"; the agreement does not say whether a
        // month that ends on a Sunday runs on to Monday (Reg. 1182/71 Art. 3(4) and Atw Art. 1 would say so; neither binds a
        // contract by itself), and that decides by when the personal data must be deleted (Art. 28(3)(g)).
        var agreement = AgreementBuilder.Compliant()
            .Document(d => d with { CountingConvention = null })
            .EndOfProcessing(e => e with { Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(1) } });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA9008", finding.RuleId.ToString());
        Assert.Equal("$.document.countingConvention", finding.Path);
        Assert.Equal(RuleSeverity.Info, finding.Severity);
        Assert.Equal(
            "The agreement does not say how its periods after the end are counted, such as the deletion period of 1 month: whether a period that ends on a Saturday, Sunday or public holiday runs on to the next working day is left open",
            finding.Message);
        // The compliant agreement's deletion, return window and backup purge are all related.
        Assert.Equal(
            ["$.document.countingConvention", "$.endOfProcessing.deletion", "$.endOfProcessing.returnWindow", "$.endOfProcessing.backups.purgeAfterEnd"],
            [finding.Path, .. finding.Source.RelatedPaths]);
    }

    [Fact]
    public void OnlyAReturnWindow_InDutch_ReportsDPA9008()
    {
        // Seed 004 clause 9.3: a handover request "binnen 3 (drie) maanden na het eindigen van de relatie".
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms { ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(3) } },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal(
            "De overeenkomst vermeldt niet hoe haar termijnen na afloop worden berekend, zoals de teruggavetermijn van 3 maanden: of een termijn die op een zaterdag, zondag of feestdag eindigt, doorloopt tot de volgende werkdag, blijft open",
            finding.Message);
    }

    [Fact]
    public void OnlyBreachRecordRetention_ReportsDPA9008()
    {
        // Seed 001 clause 14.7(b): breach records kept "tenminste tot een jaar na beëindiging".
        var agreement = TestAgreements.Minimal() with
        {
            Breach = new BreachTerms { RecordRetention = new EndOfLifePeriod { Period = ContractualPeriod.FromYears(1) } },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Contains("such as the retention of breach records for 1 year:", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["$.breach.recordRetention"], finding.Source.RelatedPaths);
    }

    [Theory]
    [InlineData(CountingConvention.Contract)]
    [InlineData(CountingConvention.Eu118271)]
    [InlineData(CountingConvention.NlAtw)]
    public void ConventionStated_DoesNotReportDPA9008(CountingConvention convention)
    {
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant().Document(d => d with { CountingConvention = convention })));
    }

    [Fact]
    public void NoPeriodAfterTheEnd_DoesNotReportDPA9008()
    {
        // Nothing to count: deletion only "op verzoek" (seed 004 clause 9.4) is no period.
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { DeletionOnRequest = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
