using Dpa.Rules.Model;
using Dpa.Rules.Tests.Catalog;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

/// <summary>The one end-of-life computation (<see cref="EndOfLife"/>), behind both the retention schedule and the rules.</summary>
public sealed class EndOfLifeTests
{
    /// <summary>The deletion deadline's last day for an end on <paramref name="end"/>, with the default calendar.</summary>
    public static LocalDate? DeletionDeadline(ProcessingAgreement agreement, LocalDate end) =>
        EndOfLife.Deletion(agreement, SharedDeadlineCalculators.Get(agreement.Document.TimeZone, NetherlandsHolidayCalendar.Default), end)?.LastDay;

    /// <summary>The last day of <paramref name="period"/> counted from an end on <paramref name="end"/>, with the default calendar.</summary>
    public static LocalDate? LastDay(ProcessingAgreement agreement, LocalDate end, ContractualPeriod period) =>
        EndOfLife.TryCompute(
            SharedDeadlineCalculators.Get(agreement.Document.TimeZone, NetherlandsHolidayCalendar.Default),
            EndOfLife.AfterEndOf(end),
            period,
            EndOfLife.ConventionOf(agreement))?.LastDay;

    private static ProcessingAgreement With(ContractualPeriod deletion, ContractualPeriod backupRetention, CountingConvention? convention = null) =>
        TestAgreements.Minimal() with
        {
            Document = new AgreementDocument { Status = AgreementStatus.Executed, CountingConvention = convention },
            EndOfProcessing = new EndOfProcessingTerms
            {
                Deletion = new EndOfLifePeriod { Period = deletion },
                Backups = new BackupTerms { Retention = backupRetention },
            },
        };

    [Theory]
    [InlineData("P60D", "P6M", null)]
    [InlineData("P1M", "P14D", null)]
    [InlineData("P10D", "P2W", CountingConvention.NlAtw)] // Rolls over weekends and Dutch holidays.
    [InlineData("P1M", "P1Y", CountingConvention.Eu118271)]
    [InlineData("PT48H", "P3D", null)]
    public void Dates_AgreeWithTheRetentionSchedule(string deletion, string retention, CountingConvention? convention)
    {
        var agreement = With(ContractualPeriod.Parse(deletion), ContractualPeriod.Parse(retention), convention);
        var end = new LocalDate(2026, 4, 30); // Before King's Day weekend and 5 May: rolls show.

        var schedule = RetentionSchedule.Compute(agreement, end);

        Assert.Equal(schedule.Deadlines.Single(d => d.Name == "deletion").Deadline.LastDay, DeletionDeadline(agreement, end));
        Assert.Equal(
            schedule.Deadlines.Single(d => d.Name == "backup-retention").Deadline.LastDay,
            LastDay(agreement, end, ContractualPeriod.Parse(retention)));
    }

    [Fact]
    public void DeletionDeadline_IsNullWhenDeletionRunsFromARequest()
    {
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms
            {
                Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30), From = EndOfLifeTrigger.ControllerRequest },
            },
        };

        Assert.Null(DeletionDeadline(agreement, new LocalDate(2026, 1, 31)));
    }

    [Fact]
    public void OneMonthFrom31January_EndsOnTheLastDayOfFebruary()
    {
        // design.md §3, contract convention: 31 Jan + 1 month = 28 Feb (29 in a leap year).
        var agreement = With(ContractualPeriod.FromMonths(1), ContractualPeriod.FromDays(1));

        Assert.Equal(new LocalDate(2026, 2, 28), DeletionDeadline(agreement, new LocalDate(2026, 1, 31)));
        Assert.Equal(new LocalDate(2028, 2, 29), DeletionDeadline(agreement, new LocalDate(2028, 1, 31)));
    }
}
