using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>Rebuilds the readable steps of a <see cref="Deadline"/>; runs only when an explanation is requested.</summary>
internal static class DeadlineExplainer
{
    public static ImmutableArray<string> Explain(in Deadline deadline, IHolidayCalendar calendar)
    {
        var steps = ImmutableArray.CreateBuilder<string>(8);
        var zone = deadline.Zone;
        steps.Add(EventStep(deadline, zone));
        if (deadline.Period.IsTimeBased)
        {
            ExplainHours(deadline, zone, steps);
        }
        else
        {
            ExplainDays(deadline, calendar, steps);
        }

        steps.Add(ExpiryStep(deadline, zone));
        return steps.ToImmutable();
    }

    private static string EventStep(in Deadline deadline, DateTimeZone zone)
    {
        if (deadline.EventInstant is { } instant)
        {
            var local = instant.InZone(zone);
            return Invariant($"Event: {TimeText.Format(instant)}, which is {TimeText.Format(local)} ({local.DayOfWeek}) in {zone.Id}.");
        }

        return Invariant($"Event: {TimeText.FormatWithWeekday(deadline.EventDate)}, a date in {zone.Id}.");
    }

    private static void ExplainHours(in Deadline deadline, DateTimeZone zone, ImmutableArray<string>.Builder steps)
    {
        var start = deadline.CountingStartsAt.InZone(zone);
        steps.Add(deadline.Convention == CountingConvention.Eu118271
            ? Invariant($"Counting starts at the beginning of the next full hour, {TimeText.Format(start)}: the hour during which the event occurs is not counted (EU Regulation 1182/71 Art. 3(1)). Counting from the event instant itself, as the contract convention does, is never later.")
            : "Counting starts at the event instant itself: hours are elapsed time on the time line, not local clock arithmetic.");

        var end = deadline.ExpiresAt.InZone(zone);
        var raw = Invariant($"Raw end: {TimeText.Format(start)} + {deadline.Period.Count} hours of elapsed time = {TimeText.Format(end)}.");
        if (start.Offset != end.Offset)
        {
            raw += Invariant($" The local clock time differs from the start's because the UTC offset of {zone.Id} changes from {TimeText.Format(start.Offset)} to {TimeText.Format(end.Offset)} in between.");
        }

        steps.Add(raw);
        steps.Add(deadline.Convention == CountingConvention.NlAtw
            ? "No weekend or holiday extension: the Algemene termijnenwet does not apply to periods in hours (Art. 4)."
            : "No weekend or holiday roll: hour periods are never moved to a working day (EU Regulation 1182/71 Art. 3(4) applies only to periods otherwise than in hours).");
    }

    private static void ExplainDays(in Deadline deadline, IHolidayCalendar calendar, ImmutableArray<string>.Builder steps)
    {
        var eventDate = deadline.EventDate;
        var convention = deadline.Convention;
        var period = deadline.Period;
        var firstDay = eventDate.PlusDays(1);
        var article = convention == CountingConvention.Eu118271 ? " (EU Regulation 1182/71 Art. 3(1))" : string.Empty;
        steps.Add(Invariant($"Counting starts on {TimeText.FormatWithWeekday(firstDay)}: the day of the event is not counted{article}."));
        steps.Add(RawEndStep(deadline));
        if ((deadline.Adjustments & DeadlineAdjustments.MonthEndTruncated) != 0)
        {
            steps.Add(Invariant($"Month-end truncation: {TimeText.MonthYear(deadline.RawLastDay)} has no day {eventDate.Day}, so the period ends on the last day of that month, {TimeText.FormatWithWeekday(deadline.RawLastDay)} (EU Regulation 1182/71 Art. 3(2)(c))."));
        }

        if (convention == CountingConvention.Contract)
        {
            steps.Add("No weekend or holiday roll: the contract convention counts calendar days only.");
            return;
        }

        if (!DeadlineCalculator.UsesWorkingDays(period, convention))
        {
            steps.Add(Invariant($"No weekend or holiday extension: the Algemene termijnenwet does not apply to periods {AtwExclusion(period)} (Art. 4)."));
            return;
        }

        var rollArticle = convention == CountingConvention.Eu118271 ? "EU Regulation 1182/71 Art. 3(4)" : "Algemene termijnenwet Art. 1(1)";
        var rolled = deadline.RawLastDay;
        if ((deadline.Adjustments & DeadlineAdjustments.RolledToWorkingDay) != 0)
        {
            rolled = calendar.NextWorkingDay(deadline.RawLastDay);
            var text = new StringBuilder();
            for (var day = deadline.RawLastDay; day < rolled; day = day.PlusDays(1))
            {
                text.Append(text.Length == 0 ? string.Empty : ", ").Append(DescribeNonWorkingDay(day, calendar));
            }

            steps.Add(Invariant($"Weekend/holiday roll: {text}; the period ends on the next working day, {TimeText.FormatWithWeekday(rolled)} ({rollArticle})."));
        }
        else
        {
            steps.Add(Invariant($"No roll: {TimeText.FormatWithWeekday(rolled)} is a working day ({rollArticle})."));
        }

        var twoArticle = convention == CountingConvention.Eu118271 ? "EU Regulation 1182/71 Art. 3(5)" : "Algemene termijnenwet Art. 2";
        if (!DeadlineCalculator.NeedsTwoWorkingDays(period, convention))
        {
            var minimum = convention == CountingConvention.Eu118271 ? "two days or more" : "at least three days";
            steps.Add(Invariant($"The two-working-days rule does not apply: it covers periods of {minimum} ({twoArticle})."));
        }
        else if ((deadline.Adjustments & DeadlineAdjustments.ExtendedToTwoWorkingDays) != 0)
        {
            var found = calendar.CountWorkingDays(firstDay, rolled);
            var count = found == 1 ? "only one working day" : "no working day";
            steps.Add(Invariant($"Two working days: the days from {TimeText.Format(firstDay)} to {TimeText.Format(rolled)} include {count}, so the period is extended to {TimeText.FormatWithWeekday(deadline.LastDay)}, the day on which it includes two ({twoArticle})."));
        }
        else
        {
            steps.Add(Invariant($"Two working days: the days from {TimeText.Format(firstDay)} to {TimeText.Format(deadline.LastDay)} include at least two working days; no extension ({twoArticle})."));
        }

        // Past the end of the verified data; a deadline before its start gets the next step instead.
        if (deadline.MayDependOnUnknownHolidays && deadline.LastDay > calendar.CompleteThrough)
        {
            steps.Add(Invariant($"Caution: the holiday calendar '{calendar.Name}' is complete only through {TimeText.Format(calendar.CompleteThrough)}; a day equated later (e.g. by Royal Decree) could still move this deadline."));
        }

        if (YearsBeforeCompleteData(deadline, calendar, firstDay) is { Count: > 0 } years)
        {
            var which = years.Count == 1 ? "that year" : "those years";
            steps.Add(Invariant($"Caution: the holiday calendar '{calendar.Name}' has no verified decree data for {JoinYears(years)}: it is complete only from {TimeText.Format(calendar.CompleteFrom)}, so a day equated for {which} (e.g. by Royal Decree) could still move this deadline."));
        }
    }

    /// <summary>Gets the years before <see cref="IHolidayCalendar.CompleteFrom"/> of the days whose holiday status the
    /// deadline depends on; empty when there are none.</summary>
    /// <remarks><para>Those days are the first counted days up to the first working day among them (the two-working-days
    /// rule, 1182/71 Art. 3(5), Atw Art. 2) and the days from the raw last day to the last day (the roll and the extension,
    /// 1182/71 Art. 3(4), Atw Art. 1). Days after <see cref="IHolidayCalendar.CompleteThrough"/> have their own flag,
    /// <see cref="DeadlineAdjustments.HolidayDataIncomplete"/>; this check runs only here, so computing a deadline stays
    /// allocation-free.</para></remarks>
    private static SortedSet<int> YearsBeforeCompleteData(in Deadline deadline, IHolidayCalendar calendar, LocalDate firstDay)
    {
        var years = new SortedSet<int>();
        var from = calendar.CompleteFrom.WithCalendar(CalendarSystem.Iso);
        var first = firstDay.WithCalendar(CalendarSystem.Iso);
        var raw = deadline.RawLastDay.WithCalendar(CalendarSystem.Iso);
        var last = deadline.LastDay.WithCalendar(CalendarSystem.Iso);
        if (DeadlineCalculator.NeedsTwoWorkingDays(deadline.Period, deadline.Convention))
        {
            var firstWorkingDay = first;
            while (firstWorkingDay < last && !calendar.IsWorkingDay(firstWorkingDay))
            {
                firstWorkingDay = firstWorkingDay.PlusDays(1);
            }

            AddYearsBefore(years, first, firstWorkingDay, from);
        }

        AddYearsBefore(years, raw, last, from);
        return years;
    }

    private static void AddYearsBefore(SortedSet<int> years, LocalDate start, LocalDate end, LocalDate completeFrom)
    {
        if (start >= completeFrom)
        {
            return;
        }

        var stop = end < completeFrom ? end : completeFrom.PlusDays(-1);
        for (var year = start.Year; year <= stop.Year; year++)
        {
            years.Add(year);
        }
    }

    private static string JoinYears(SortedSet<int> years)
    {
        var text = years.Select(year => year.ToString(CultureInfo.InvariantCulture)).ToList();
        return text.Count == 1 ? text[0] : string.Join(", ", text.Take(text.Count - 1)) + " and " + text[^1];
    }

    private static string RawEndStep(in Deadline deadline)
    {
        var period = deadline.Period;
        var eventDate = TimeText.Format(deadline.EventDate);
        var raw = deadline.RawLastDay;
        var truncated = (deadline.Adjustments & DeadlineAdjustments.MonthEndTruncated) != 0;
        return period.Unit switch
        {
            PeriodUnit.Days => Invariant($"Raw end: {eventDate} + {Plural(period.Count, "day")} = {TimeText.FormatWithWeekday(raw)}."),
            PeriodUnit.Weeks => Invariant($"Raw end: {eventDate} + {Plural(period.Count, "week")} = {TimeText.FormatWithWeekday(raw)}, the same weekday as the event."),
            _ when truncated => Invariant($"Raw end: {eventDate} + {Plural(period.Count, period.Unit == PeriodUnit.Months ? "month" : "year")} falls on the same date, day {deadline.EventDate.Day}, in {TimeText.MonthYear(raw)}."),
            _ => Invariant($"Raw end: {eventDate} + {Plural(period.Count, period.Unit == PeriodUnit.Months ? "month" : "year")} = {TimeText.FormatWithWeekday(raw)}, the same date in the last {(period.Unit == PeriodUnit.Months ? "month" : "year")} (EU Regulation 1182/71 Art. 3(2)(c))."),
        };
    }

    private static string ExpiryStep(in Deadline deadline, DateTimeZone zone)
    {
        var local = deadline.ExpiresAtLocal;
        var offset = TimeText.Format(local.Offset);
        return deadline.Period.IsTimeBased
            ? Invariant($"Expires at {TimeText.Format(local)} in {zone.Id} (UTC offset {offset}), which is {TimeText.Format(deadline.ExpiresAt)}; last day {TimeText.FormatWithWeekday(deadline.LastDay)}.")
            : Invariant($"Expires at the end of {TimeText.FormatWithWeekday(deadline.LastDay)}: {TimeText.Format(local)} in {zone.Id} (UTC offset {offset}), which is {TimeText.Format(deadline.ExpiresAt)}.");
    }

    private static string DescribeNonWorkingDay(LocalDate day, IHolidayCalendar calendar)
    {
        if (calendar.TryGetHoliday(day, out var holiday))
        {
            return Invariant($"{TimeText.FormatWithWeekday(day)} is a public holiday ({holiday.Name})");
        }

        return Invariant($"{TimeText.FormatWithWeekday(day)} is a {day.DayOfWeek}");
    }

    private static string AtwExclusion(ContractualPeriod period) => period.Unit switch
    {
        PeriodUnit.Days => "of more than 90 days",
        PeriodUnit.Weeks => "of more than twelve weeks",
        PeriodUnit.Months => "of more than three months",
        PeriodUnit.Years => "in years",
        _ => "in hours",
    };

    private static string Plural(int count, string unit) =>
        count == 1 ? Invariant($"1 {unit}") : Invariant($"{count} {unit}s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
