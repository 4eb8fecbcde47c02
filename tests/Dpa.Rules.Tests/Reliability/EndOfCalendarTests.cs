using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;
using Dpa.Rules.Tests.Catalog;
using Dpa.Rules.Tests.Time;
using Dpa.Rules.Validation;
using NodaTime;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>An end date in the calendar's last years: end-of-life deadlines that fall after 9999-12-31 cannot be computed, and
/// the rules say so (or stay silent on the comparison) instead of failing.</summary>
/// <remarks><para>Found by <see cref="CatalogProperties"/>: DPA9004 and DPA9005 failed (DPA0001) on an agreement that recorded
/// <c>endedOn: 9999-08-13</c> with a deletion period of 1,059 days.</para></remarks>
public sealed class EndOfCalendarTests
{
    private static readonly LocalDate LateEnd = new(9999, 8, 13);

    private static ProcessingAgreement EndingLate(EndOfProcessingTerms terms) => TestAgreements.Minimal() with
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, EndedOn = LateEnd },
        EndOfProcessing = terms,
    };

    private static readonly EndOfLifePeriod LongDeletion = new() { Period = ContractualPeriod.FromDays(1059), From = EndOfLifeTrigger.AgreementEnd };

    [Fact]
    public void DeletionDeadlineAfterTheCalendar_IsNull()
    {
        Assert.Null(EndOfLifeTests.DeletionDeadline(EndingLate(new EndOfProcessingTerms { Deletion = LongDeletion }), LateEnd));
        Assert.Equal(new LocalDate(9999, 9, 12), EndOfLifeTests.DeletionDeadline(EndingLate(new EndOfProcessingTerms { Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30) } }), LateEnd));
    }

    [Fact]
    public void TooLongDeletionPeriodEndingAfterTheCalendar_ReportsDPA9004WithoutADate()
    {
        var finding = Assert.Single(RuleTester.Run(new DeletionPeriodAfterEndRule(), EndingLate(new EndOfProcessingTerms { Deletion = LongDeletion })));

        Assert.Equal(("DPA9004", "$.endOfProcessing.deletion.period"), (finding.RuleId.ToString(), finding.Path));
        Assert.Contains("after 9999-12-31", finding.Message, StringComparison.Ordinal);
        Assert.Equal([new FindingFact("sampleEndDate", "9999-08-13")], finding.Facts);
    }

    [Fact]
    public void BackupsAndReturnWindowEndingAfterTheCalendar_DoesNotReportDPA9005OrDPA9007()
    {
        var agreement = EndingLate(new EndOfProcessingTerms
        {
            Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30) },
            ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromYears(5) },
            Backups = new BackupTerms { Retention = ContractualPeriod.FromYears(5), PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromYears(5), From = EndOfLifeTrigger.DeletionDeadline } },
        });

        Assert.Empty(RuleTester.Run(new BackupsOutliveDeletionRule(), agreement));
        Assert.Empty(RuleTester.Run(new ReturnWindowAfterDeletionRule(), agreement));
    }

    [Fact]
    public void HourPeriodsFromTheLastDayOfTheCalendar_DoesNotReportDPA9005()
    {
        // Found by CatalogProperties.Validate_WithAnyThresholds_NoRuleFails: with no recorded end the sample end is the
        // evaluation date, and an hour period from 9999-12-31 starts on a day NodaTime cannot represent.
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms
            {
                Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromHours(48) },
                Backups = new BackupTerms { Retention = ContractualPeriod.FromHours(72) },
            },
        };

        Assert.Null(EndOfLifeTests.DeletionDeadline(agreement, LocalDate.MaxIsoValue));
        Assert.Empty(RuleTester.Run(new BackupsOutliveDeletionRule(), agreement, asOf: LocalDate.MaxIsoValue));
    }

    [Fact]
    public void ResponsePeriodAsOfTheLastDayOfTheCalendar_DoesNotReportDPA3008()
    {
        // Found by CatalogProperties.Validate_AsOfAnyDayOfTheCalendar_NoRuleFails: DPA3008 failed as of 9999-12-31.
        var agreement = TestAgreements.Minimal() with
        {
            Assistance = new AssistanceTerms { DataSubjectRequests = new DataSubjectAssistance { Provided = true, ResponsePeriod = ContractualPeriod.FromMonths(2) } },
        };

        Assert.Empty(RuleTester.Run(new DataSubjectAssistanceTooSlowRule(), agreement, asOf: LocalDate.MaxIsoValue));
        Assert.Equal("DPA3008", Assert.Single(RuleTester.Run(new DataSubjectAssistanceTooSlowRule(), agreement, asOf: new LocalDate(9990, 1, 15))).RuleId.ToString());
    }

    [Fact]
    public void WholeCatalog_OnAnAgreementEndingLate_DoesNotReportDPA0001()
    {
        var agreement = EndingLate(new EndOfProcessingTerms
        {
            Deletion = LongDeletion,
            ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromYears(100) },
            Backups = new BackupTerms { Retention = ContractualPeriod.FromYears(100), Tiers = [new BackupTier { Frequency = BackupFrequency.Yearly, Count = 400 }] },
        });

        var report = Validator(RuleSet.Default).Validate(agreement);

        Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == "DPA0001");
        Assert.Contains(report.Findings, finding => finding.RuleId.ToString() == "DPA9004");
    }
}
