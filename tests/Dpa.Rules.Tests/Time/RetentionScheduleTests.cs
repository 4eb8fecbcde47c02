using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Tests.Time;

public sealed class RetentionScheduleTests
{
    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static ProcessingAgreement Agreement(CountingConvention? convention = null) => new()
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, CountingConvention = convention },
        Parties = new Parties { Processor = new Party { Name = "Verwerker B.V." } },
        EndOfProcessing = new EndOfProcessingTerms
        {
            ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(1) },
            Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(60) },
            Backups = new BackupTerms
            {
                Retention = ContractualPeriod.FromDays(14),
                Tiers = [new BackupTier { Frequency = BackupFrequency.Daily, Count = 7, Retention = ContractualPeriod.FromDays(7) }],
                PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30), From = EndOfLifeTrigger.DeletionDeadline },
            },
        },
        Breach = new BreachTerms { RecordRetention = new EndOfLifePeriod { Period = ContractualPeriod.FromYears(1) } },
    };

    [Fact]
    public void Contract_ComputesEveryEndOfLifeDeadlineFromTheEndDate()
    {
        var schedule = RetentionSchedule.Compute(Agreement(), D("2025-01-31"));

        Assert.Equal(CountingConvention.Contract, schedule.Convention);
        Assert.Equal("Europe/Amsterdam", schedule.Zone.Id);
        Assert.Equal(
            [
                ("return-window", "2025-02-28"),          // 31 Jan + 1 month, truncated to February's last day
                ("deletion", "2025-04-01"),               // 31 Jan + 60 days
                ("backup-purge", "2025-05-01"),           // 30 days after the deletion deadline's last day
                ("backup-retention", "2025-02-14"),
                ("backup-tier-0-retention", "2025-02-07"),
                ("breach-record-retention", "2026-01-31"),
            ],
            schedule.Deadlines.Select(d => (d.Name, LocalDatePattern.Iso.Format(d.Deadline.LastDay))));
        Assert.Empty(schedule.Unscheduled);
    }

    [Fact]
    public void Deadlines_ExplainWhereTheyComeFrom()
    {
        var schedule = RetentionSchedule.Compute(Agreement(), D("2025-01-31"));
        var purge = schedule.Deadlines.Single(d => d.Name == "backup-purge");

        Assert.Equal("$.endOfProcessing.backups.purgeAfterEnd", purge.Path);
        Assert.Equal("Runs P30D from the deletion deadline (end of 2025-04-01) ($.endOfProcessing.backups.purgeAfterEnd), counted under 'contract'.", purge.Steps[0]);
        Assert.Equal(purge.Deadline.Explain(), purge.Steps.RemoveAt(0));
        Assert.Contains("Month-end truncation", string.Join("\n", schedule.Deadlines[0].Steps), StringComparison.Ordinal);
    }

    [Fact]
    public void AgreementConvention_IsUsed_AndYearsRollOnlyUnder1182()
    {
        // 31 January 2026 is a Saturday.
        var eu = RetentionSchedule.Compute(Agreement(CountingConvention.Eu118271), D("2025-01-31"));
        var atw = RetentionSchedule.Compute(Agreement(CountingConvention.NlAtw), D("2025-01-31"));

        Assert.Equal(D("2026-02-02"), eu.Deadlines.Single(d => d.Name == "breach-record-retention").Deadline.LastDay);
        Assert.Equal(D("2026-01-31"), atw.Deadlines.Single(d => d.Name == "breach-record-retention").Deadline.LastDay); // Atw Art. 4: years
        Assert.Equal(CountingConvention.NlAtw, atw.Convention);
    }

    [Fact]
    public void HourPeriods_RunFromTheFirstInstantAfterTheEndDate()
    {
        var agreement = Agreement() with
        {
            EndOfProcessing = new EndOfProcessingTerms { ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromHours(72) } },
        };

        var window = RetentionSchedule.Compute(agreement, D("2025-01-31")).Deadlines.Single(d => d.Name == "return-window");

        Assert.Equal(Instant.FromUtc(2025, 2, 3, 23, 0), window.Deadline.ExpiresAt); // 1 Feb 00:00 CET + 72 h
    }

    [Fact]
    public void PeriodsFromTheControllersRequest_AreListedAsUnscheduled()
    {
        var agreement = Agreement() with
        {
            EndOfProcessing = new EndOfProcessingTerms
            {
                ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(14), From = EndOfLifeTrigger.ControllerRequest },
                Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30), From = EndOfLifeTrigger.ControllerRequest },
                Backups = new BackupTerms { PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30), From = EndOfLifeTrigger.DeletionDeadline } },
            },
        };

        var schedule = RetentionSchedule.Compute(agreement, D("2025-01-31"));

        Assert.Equal(["breach-record-retention"], schedule.Deadlines.Select(d => d.Name));
        Assert.Equal(3, schedule.Unscheduled.Length);
        Assert.StartsWith("return-window ($.endOfProcessing.returnWindow): P14D from the controller's request", schedule.Unscheduled[0], StringComparison.Ordinal);
        Assert.Contains("backup-purge", schedule.Unscheduled[2], StringComparison.Ordinal);
    }

    [Fact]
    public void SilentAgreement_HasAnEmptySchedule()
    {
        var agreement = new ProcessingAgreement
        {
            Document = new AgreementDocument { Status = AgreementStatus.Executed },
            Parties = new Parties { Processor = new Party { Name = "Verwerker B.V." } },
        };

        var schedule = RetentionSchedule.Compute(agreement, D("2025-01-31"));

        Assert.Empty(schedule.Deadlines);
        Assert.Empty(schedule.Unscheduled);
    }

    [Theory]
    // 000: deletion one month after the end; backups purged two weeks after deletion; daily backups kept 14 days.
    [InlineData("000-planning-nl.json", "deletion=2025-02-28;backup-purge=2025-03-14;backup-tier-0-retention=2025-02-14")]
    // 001: return and deletion 60 days after the end; backups kept six months; breach records one year.
    [InlineData("001-smart-production.json", "return-window=2025-04-01;deletion=2025-04-01;backup-retention=2025-07-31;breach-record-retention=2026-01-31")]
    [InlineData("002-simplicate.json", "return-window=2025-02-28;deletion=2025-02-28")]
    [InlineData("004-lets-develop.json", "return-window=2025-04-30")]
    public void SeedExamples_EndedOn31January2025(string file, string expected)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var schedule = RetentionSchedule.Compute(agreement, D("2025-01-31"));

        Assert.Equal(expected, string.Join(";", schedule.Deadlines.Select(d => $"{d.Name}={LocalDatePattern.Iso.Format(d.Deadline.LastDay)}")));
    }
}
