using Dpa.Rules.Model;
using Dpa.Rules.Tests.Generators;
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
}
