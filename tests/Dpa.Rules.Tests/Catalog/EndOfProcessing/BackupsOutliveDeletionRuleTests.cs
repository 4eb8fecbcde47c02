using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class BackupsOutliveDeletionRuleTests
{
    private static readonly BackupsOutliveDeletionRule Rule = new();

    private static ProcessingAgreement Ended(LocalDate end, ContractualPeriod deletion, BackupTerms backups) => TestAgreements.Minimal() with
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, EndedOn = end },
        EndOfProcessing = new EndOfProcessingTerms { Deletion = new EndOfLifePeriod { Period = deletion }, Backups = backups },
    };

    [Fact]
    public void ElevenMonthlyBackupsAgainstSixtyDayDeletion_ReportsDPA9005_TheLongestLivedCopyDecides()
    {
        // Seed 001 clause 14.5: deleted at most 60 days after the end; Bijl.2 §2.6: "7 dag-, 3 week-, 11 maand- en
        // jaarback-ups", "Backuptermijn is 6 maanden". GDPR Art. 28(3)(g): existing copies are deleted too, so the copy that
        // lives longest decides: the last of 11 monthly backups, taken on the last day (2026-03-31), lives 11 months, to
        // 2027-02-28 (month end), beyond the 6-month period; the yearly tier states no count and cannot be dated.
        // Deletion by 2026-05-30 (60 days); gap 2026-05-30 -> 2027-02-28 = 274 days.
        var backups = new BackupTerms
        {
            Retention = ContractualPeriod.FromMonths(6),
            Tiers =
            [
                new BackupTier { Frequency = BackupFrequency.Daily, Count = 7 },
                new BackupTier { Frequency = BackupFrequency.Weekly, Count = 3 },
                new BackupTier { Frequency = BackupFrequency.Monthly, Count = 11 },
                new BackupTier { Frequency = BackupFrequency.Yearly },
            ],
        };

        var finding = Assert.Single(RuleTester.Run(Rule, Ended(new LocalDate(2026, 3, 31), ContractualPeriod.FromDays(60), backups)));

        Assert.Equal("DPA9005", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.backups.tiers[2].count", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains(new FindingFact("deletionDeadline", "2026-05-30"), finding.Facts);
        Assert.Contains(new FindingFact("backupPurgeDeadline", "2027-02-28"), finding.Facts);
        Assert.Contains(new FindingFact("gapDays", "274"), finding.Facts);
        Assert.Equal(["$.endOfProcessing.deletion"], finding.Source.RelatedPaths);
    }

    [Fact]
    public void SixMonthBackupPeriodAgainstSixtyDayDeletion_ReportsDPA9005()
    {
        // The 6-month backup period alone (Bijl.2 §2.6): end 2026-03-31, deletion by 2026-05-30, last backup purged
        // 2026-09-30; gap 123 days.
        var finding = Assert.Single(RuleTester.Run(
            Rule,
            Ended(new LocalDate(2026, 3, 31), ContractualPeriod.FromDays(60), new BackupTerms { Retention = ContractualPeriod.FromMonths(6) })));

        Assert.Equal("$.endOfProcessing.backups.retention", finding.Path);
        Assert.Contains(new FindingFact("backupPurgeDeadline", "2026-09-30"), finding.Facts);
        Assert.Contains(new FindingFact("gapDays", "123"), finding.Facts);
    }

    [Fact]
    public void BackupsPurgedTwoWeeksAfterTheRetentionPeriod_DoesNotReportDPA9005_TheAgreementPlansThePurge()
    {
        // Seed 000 App.1 §6: retention ends one month after the contract ends, and backups are deleted "Twee weken na het
        // verstrijken van deze bewaartermijn". The copies outlive the deletion by two weeks, but by the agreement's own,
        // bounded plan for them: not the contradiction DPA9005 reports (GDPR Art. 28(3)(g) leaves the timing to the contract).
        var backups = new BackupTerms
        {
            Tiers = [new BackupTier { Frequency = BackupFrequency.Daily, Retention = ContractualPeriod.FromDays(14) }],
            PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromWeeks(2), From = EndOfLifeTrigger.DeletionDeadline },
        };

        Assert.Empty(RuleTester.Run(Rule, Ended(new LocalDate(2026, 1, 31), ContractualPeriod.FromMonths(1), backups)));
    }

    [Fact]
    public void APurgeOnlyOnRequest_IsNoBound_AndTheBackupsAreCompared()
    {
        // A purge "at the controller's request" bounds nothing: a 6-month backup period still outlives a 60-day deletion.
        var backups = new BackupTerms
        {
            Retention = ContractualPeriod.FromMonths(6),
            PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(0), From = EndOfLifeTrigger.ControllerRequest },
        };

        Assert.Single(RuleTester.Run(Rule, Ended(new LocalDate(2026, 3, 31), ContractualPeriod.FromDays(60), backups)));
    }

    [Fact]
    public void TierCountsAloneOutliveDeletion_ReportsDPA9005()
    {
        // Only counts are stated: 11 monthly backups keep the data about 11 months.
        var backups = new BackupTerms { Tiers = [new BackupTier { Frequency = BackupFrequency.Monthly, Count = 11 }] };

        var finding = Assert.Single(RuleTester.Run(Rule, Ended(new LocalDate(2026, 3, 31), ContractualPeriod.FromDays(60), backups)));

        Assert.Equal("$.endOfProcessing.backups.tiers[0].count", finding.Path);
        Assert.Contains(new FindingFact("backupPurgeDeadline", "2027-02-28"), finding.Facts);
    }

    [Fact]
    public void BackupsKeptFourteenDaysWithinAOneMonthDeletion_DoesNotReportDPA9005()
    {
        // Seed 000 App.3 §7 without the purge clause: daily backups kept 14 days fall inside the one-month retention.
        var backups = new BackupTerms { Tiers = [new BackupTier { Frequency = BackupFrequency.Daily, Retention = ContractualPeriod.FromDays(14) }] };

        Assert.Empty(RuleTester.Run(Rule, Ended(new LocalDate(2026, 1, 31), ContractualPeriod.FromMonths(1), backups)));
    }

    [Fact]
    public void BackupsPurgedAtTheDeletionDeadline_DoesNotReportDPA9005()
    {
        var backups = new BackupTerms
        {
            Retention = ContractualPeriod.FromYears(1),
            PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(0), From = EndOfLifeTrigger.DeletionDeadline },
        };

        Assert.Empty(RuleTester.Run(Rule, Ended(new LocalDate(2026, 1, 31), ContractualPeriod.FromDays(30), backups)));
    }

    [Fact]
    public void NoDeletionPeriod_DoesNotReportDPA9005()
    {
        // Without an agreed deletion deadline there is nothing to compare: DPA9004 reports that.
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms { Backups = new BackupTerms { Retention = ContractualPeriod.FromMonths(6) } },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
