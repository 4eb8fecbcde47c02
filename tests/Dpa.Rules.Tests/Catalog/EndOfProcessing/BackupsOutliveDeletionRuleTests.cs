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
    public void SixMonthBackupPeriodAgainstSixtyDayDeletion_ReportsDPA9005()
    {
        // Seed 001 clause 14.5: deleted at most 60 days after the end; Bijl.2 §2.6: "Backuptermijn is 6 maanden".
        // End 2026-03-31: deletion by 2026-05-30 (60 days); last backup purged 2026-09-30 (6 months); gap 123 days.
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
        Assert.Equal("$.endOfProcessing.backups.retention", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains(new FindingFact("deletionDeadline", "2026-05-30"), finding.Facts);
        Assert.Contains(new FindingFact("backupPurgeDeadline", "2026-09-30"), finding.Facts);
        Assert.Contains(new FindingFact("gapDays", "123"), finding.Facts);
        Assert.Contains("'123'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BackupsPurgedTwoWeeksAfterTheRetentionPeriod_ReportsDPA9005()
    {
        // Seed 000 App.1 §6: retention ends one month after the contract ends; backups are deleted "Twee weken na het
        // verstrijken van deze bewaartermijn". End 2026-01-31: deletion 2026-02-28 (month end), purge 2026-03-14.
        var backups = new BackupTerms
        {
            Tiers = [new BackupTier { Frequency = BackupFrequency.Daily, Retention = ContractualPeriod.FromDays(14) }],
            PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromWeeks(2), From = EndOfLifeTrigger.DeletionDeadline },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, Ended(new LocalDate(2026, 1, 31), ContractualPeriod.FromMonths(1), backups)));

        Assert.Equal("$.endOfProcessing.backups.purgeAfterEnd", finding.Path);
        Assert.Contains(new FindingFact("deletionDeadline", "2026-02-28"), finding.Facts);
        Assert.Contains(new FindingFact("backupPurgeDeadline", "2026-03-14"), finding.Facts);
        Assert.Contains(new FindingFact("gapDays", "14"), finding.Facts);
    }

    [Fact]
    public void TierCountsAloneOutliveDeletion_ReportsDPA9005()
    {
        // Only counts are stated: 11 monthly backups keep the data about 11 months.
        var backups = new BackupTerms { Tiers = [new BackupTier { Frequency = BackupFrequency.Monthly, Count = 11 }] };

        var finding = Assert.Single(RuleTester.Run(Rule, Ended(new LocalDate(2026, 3, 31), ContractualPeriod.FromDays(60), backups)));

        Assert.Equal("$.endOfProcessing.backups.tiers[0]", finding.Path);
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
