using Dpa.Rules.Model;
using Dpa.Rules.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

public sealed class DeadlineCalculatorProperties
{
    private static readonly DeadlineCalculator Amsterdam = DeadlineCalculator.Netherlands;

    private static readonly LocalDate Origin = new(1990, 1, 1);

    private static readonly string[] WholeHourZones = ["Europe/Amsterdam", "America/New_York", "Asia/Tokyo", "Europe/London", "Etc/UTC"];

    private static readonly string[] AnyZones = [.. WholeHourZones, "Asia/Kolkata", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago"];

    private static Gen<LocalDate> Dates => Gen.Choose(0, 60 * 366).Select(Origin.PlusDays);

    private static Gen<Instant> Instants =>
        from seconds in Gen.Choose(0, int.MaxValue)
        select Instant.FromUtc(1990, 1, 1, 0, 0) + Duration.FromSeconds(seconds);

    private static Gen<CountingConvention> Conventions => Gen.Elements(CountingConvention.Contract, CountingConvention.Eu118271, CountingConvention.NlAtw);

    private static Gen<ContractualPeriod> DayPeriods =>
        Gen.OneOf(
            Gen.Choose(0, 120).Select(ContractualPeriod.FromDays),
            Gen.Choose(0, 20).Select(ContractualPeriod.FromWeeks),
            Gen.Choose(0, 24).Select(ContractualPeriod.FromMonths),
            Gen.Choose(0, 5).Select(ContractualPeriod.FromYears));

    private static Gen<ContractualPeriod> HourPeriods => Gen.Choose(0, 24 * 400).Select(ContractualPeriod.FromHours);

    [Property(MaxTest = 300)]
    public Property DayDeadlines_AreMonotoneInTheEvent() =>
        Prop.ForAll(
            (from date in Dates from gap in Gen.Choose(1, 40) from period in DayPeriods from convention in Conventions select (date, gap, period, convention)).ToArbitrary(),
            t => Amsterdam.Compute(t.date, t.period, t.convention).ExpiresAt <= Amsterdam.Compute(t.date.PlusDays(t.gap), t.period, t.convention).ExpiresAt);

    [Property(MaxTest = 300)]
    public Property HourDeadlines_AreMonotoneInTheEvent() =>
        Prop.ForAll(
            (from instant in Instants from seconds in Gen.Choose(1, 10_000) from period in HourPeriods from convention in Conventions select (instant, seconds, period, convention)).ToArbitrary(),
            t => Amsterdam.Compute(t.instant, t.period, t.convention).ExpiresAt
                <= Amsterdam.Compute(t.instant + Duration.FromSeconds(t.seconds), t.period, t.convention).ExpiresAt);

    [Property(MaxTest = 300)]
    public Property ContractMonths_NeverOverflowIntoTheNextMonth() =>
        Prop.ForAll(Dates.ToArbitrary(), Gen.Choose(0, 1200).ToArbitrary(), (date, months) =>
        {
            var last = Amsterdam.Compute(date, ContractualPeriod.FromMonths(months), CountingConvention.Contract).LastDay;
            var monthIndex = (date.Year * 12) + date.Month - 1 + months;
            return last.Year == monthIndex / 12 && last.Month == (monthIndex % 12) + 1 && last.Day <= date.Day
                && (last.Day == date.Day || last.PlusDays(1).Month != last.Month);
        });

    [Property(MaxTest = 500)]
    public Property RolledDeadlines_AreNeverEarlierThanRaw_AndEndOnAWorkingDay() =>
        Prop.ForAll(Dates.ToArbitrary(), DayPeriods.ToArbitrary(), Gen.Elements(CountingConvention.Eu118271, CountingConvention.NlAtw).ToArbitrary(), (date, period, convention) =>
        {
            var deadline = Amsterdam.Compute(date, period, convention);
            var extended = !deadline.Adjustments.HasFlag(DeadlineAdjustments.ExtensionExcluded);
            return deadline.LastDay >= deadline.RawLastDay
                && (!extended || Amsterdam.Holidays.IsWorkingDay(deadline.LastDay))
                && (extended || deadline.LastDay == deadline.RawLastDay);
        });

    [Property(MaxTest = 500)]
    public Property TwoWorkingDaysRule_IsSatisfiedWhereItApplies() =>
        Prop.ForAll(Dates.ToArbitrary(), DayPeriods.ToArbitrary(), Gen.Elements(CountingConvention.Eu118271, CountingConvention.NlAtw).ToArbitrary(), (date, period, convention) =>
        {
            var minimumDays = convention == CountingConvention.Eu118271 ? 2 : 3;
            var applies = period.Unit == PeriodUnit.Days ? period.Count >= minimumDays : period.Count > 0;
            var deadline = Amsterdam.Compute(date, period, convention);
            if (!applies || deadline.Adjustments.HasFlag(DeadlineAdjustments.ExtensionExcluded))
            {
                return true;
            }

            var working = Amsterdam.Holidays.CountWorkingDays(date.PlusDays(1), deadline.LastDay);
            var minimal = !deadline.Adjustments.HasFlag(DeadlineAdjustments.ExtendedToTwoWorkingDays)
                || Amsterdam.Holidays.CountWorkingDays(date.PlusDays(1), deadline.LastDay.PlusDays(-1)) < 2;
            return working >= 2 && minimal;
        });

    [Property(MaxTest = 300)]
    public Property HourDeadlines_AreExactlyNHoursOnTheTimeLine() =>
        Prop.ForAll(Instants.ToArbitrary(), HourPeriods.ToArbitrary(), Conventions.ToArbitrary(), (instant, period, convention) =>
        {
            var deadline = Amsterdam.Compute(instant, period, convention);
            var hours = Duration.FromHours(period.Count);
            var startOk = convention == CountingConvention.Eu118271
                ? deadline.CountingStartsAt > instant && deadline.CountingStartsAt - instant <= Duration.FromHours(1)
                    && deadline.CountingStartsAt.InZone(Amsterdam.Zone).Minute == 0 && deadline.CountingStartsAt.InZone(Amsterdam.Zone).Second == 0
                : deadline.CountingStartsAt == instant;
            return startOk && deadline.ExpiresAt - deadline.CountingStartsAt == hours;
        });

    [Property(MaxTest = 300)]
    public Property InstantBasedDeadlines_DoNotDependOnTheZone() =>
        Prop.ForAll(
            (from instant in Instants from period in HourPeriods from anyZone in Gen.Elements(AnyZones) from wholeHourZone in Gen.Elements(WholeHourZones)
             select (instant, period, anyZone, wholeHourZone)).ToArbitrary(),
            t =>
        {
            var (instant, period, anyZone, wholeHourZone) = t;
            var other = new DeadlineCalculator(DateTimeZoneProviders.Tzdb[anyZone], NetherlandsHolidayCalendar.Default);
            var wholeHours = new DeadlineCalculator(DateTimeZoneProviders.Tzdb[wholeHourZone], NetherlandsHolidayCalendar.Default);
            return other.Compute(instant, period, CountingConvention.Contract).ExpiresAt == Amsterdam.Compute(instant, period, CountingConvention.Contract).ExpiresAt
                && other.Compute(instant, period, CountingConvention.NlAtw).ExpiresAt == Amsterdam.Compute(instant, period, CountingConvention.NlAtw).ExpiresAt
                // The "next full hour" of 1182/71 is the same instant in every zone whose offsets are whole hours.
                && wholeHours.Compute(instant, period, CountingConvention.Eu118271).ExpiresAt == Amsterdam.Compute(instant, period, CountingConvention.Eu118271).ExpiresAt;
        });

    [Property(MaxTest = 200)]
    public Property ContractIsNeverLaterThanTheOtherConventions() =>
        Prop.ForAll(Dates.ToArbitrary(), DayPeriods.ToArbitrary(), (date, period) =>
        {
            var contract = Amsterdam.Compute(date, period, CountingConvention.Contract).ExpiresAt;
            return contract <= Amsterdam.Compute(date, period, CountingConvention.Eu118271).ExpiresAt
                && contract <= Amsterdam.Compute(date, period, CountingConvention.NlAtw).ExpiresAt;
        });

    [Property(MaxTest = 200)]
    public Property ContractHoursAreNeverLaterThanTheStrict1182Reading() =>
        Prop.ForAll(Instants.ToArbitrary(), HourPeriods.ToArbitrary(), (instant, period) =>
        {
            var contract = Amsterdam.Compute(instant, period, CountingConvention.Contract).ExpiresAt;
            var strict = Amsterdam.Compute(instant, period, CountingConvention.Eu118271).ExpiresAt;
            return contract < strict && strict - contract <= Duration.FromHours(1);
        });
}
