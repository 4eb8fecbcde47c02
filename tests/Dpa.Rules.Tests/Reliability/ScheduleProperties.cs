using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using Dpa.Rules.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>Every retention schedule and breach timeline of every generated agreement can be computed and is explained.</summary>
/// <remarks><para>End dates and awareness instants stay within 1900–2300: every period is at most about a century
/// (<see cref="ContractualPeriod.MaxCount(PeriodUnit)"/>) and a chain of two, so every deadline lies before 9999-12-31,
/// the end of the calendar the engine supports.</para></remarks>
public sealed class ScheduleProperties
{
    private static Gen<LocalDate> EndDate =>
        from year in Gen.Choose(1900, 2300)
        from dayOfYear in Gen.Choose(1, 365)
        select new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1);

    private static Gen<Instant> AwareAt =>
        from date in EndDate
        from minute in Gen.Choose(0, (24 * 60) - 1)
        select Instant.FromUtc(date.Year, date.Month, date.Day, 0, 0).Plus(Duration.FromMinutes(minute));

    [Property(MaxTest = 200)]
    public Property RetentionSchedule_IsComputableAndExplained() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), EndDate.ToArbitrary(), (agreement, endedOn) =>
        {
            var schedule = RetentionSchedule.Compute(agreement, endedOn);
            return schedule.EndedOn == endedOn
                && schedule.Zone == agreement.Document.TimeZone
                && schedule.Deadlines.All(deadline => !deadline.Steps.IsDefaultOrEmpty && deadline.Deadline.LastDay >= endedOn);
        });

    [Property(MaxTest = 200)]
    public Property BreachTimeline_IsComputableAndExplained() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), AwareAt.ToArbitrary(), (agreement, awareAt) =>
        {
            var timeline = BreachTimeline.Compute(agreement, awareAt);
            return timeline.ControllerDeadline.ExpiresAt == awareAt + Duration.FromHours(72)
                && (timeline.ProcessorDeadline is null) == (agreement.Breach.Deadline is null)
                && (timeline.ProcessorDeadline is not { } processor || processor.ExpiresAt >= awareAt)
                && timeline.Steps.Length >= 3;
        });

    private static Gen<LocalDate> LateDate =>
        from dayBeforeEnd in Gen.Frequency((1, Gen.Choose(0, 3)), (3, Gen.Choose(0, 200 * 366)))
        select LocalDate.MaxIsoValue.PlusDays(-dayBeforeEnd);

    [Property(MaxTest = 200)]
    public Property RetentionSchedule_NearTheEndOfTheCalendar_DatesOrListsEveryPeriod() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), LateDate.ToArbitrary(), (agreement, endedOn) =>
        {
            var terms = agreement.EndOfProcessing;
            var stated = new object?[] { terms.ReturnWindow, terms.Deletion, terms.Backups.PurgeAfterEnd, terms.Backups.Retention, agreement.Breach.RecordRetention }.Count(p => p is not null)
                + terms.Backups.Tiers.Count(tier => tier.Retention is not null);

            var schedule = RetentionSchedule.Compute(agreement, endedOn);

            return schedule.Deadlines.Length + schedule.Unscheduled.Length == stated
                && schedule.Deadlines.All(deadline => deadline.Deadline.LastDay >= endedOn);
        });

    [Property(MaxTest = 300)]
    public Property Deadline_NearTheEndOfTheCalendar_IsRightOrTheDocumentedError() =>
        Prop.ForAll(LateDate.ToArbitrary(), AgreementGenerators.Period.ToArbitrary(), Gen.Zip(AgreementGenerators.Zone, AgreementGenerators.Enum<CountingConvention>()).ToArbitrary(), (date, period, rules) =>
        {
            var (zone, convention) = rules;
            var calculator = new DeadlineCalculator(zone, NetherlandsHolidayCalendar.Default);
            var at = Instant.FromUtc(date.Year, date.Month, date.Day, 12, 0);
            try
            {
                var deadline = calculator.Compute(at, period, convention);
                return deadline.ExpiresAt > at || (period.Count == 0 && deadline.ExpiresAt >= at);
            }
            catch (ArgumentOutOfRangeException)
            {
                return true;
            }
        });

    [Property(MaxTest = 200)]
    public Property BreachTimeline_NearTheEndOfTime_IsComputedOrTheDocumentedError() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), Gen.Choose(0, 24 * 60).ToArbitrary(), (agreement, minutesBeforeEnd) =>
        {
            var awareAt = Instant.MaxValue - Duration.FromMinutes(minutesBeforeEnd * 7L);
            try
            {
                return BreachTimeline.Compute(agreement, awareAt).ControllerDeadline.ExpiresAt == awareAt + Duration.FromHours(72);
            }
            catch (ArgumentOutOfRangeException)
            {
                return true;
            }
        });
}
