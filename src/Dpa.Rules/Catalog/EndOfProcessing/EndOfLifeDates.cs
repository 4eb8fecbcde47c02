using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>The end-of-life dates the end-of-processing rules compare, from <see cref="EndOfLife"/> (the computation behind
/// <see cref="RetentionSchedule"/>) with the context's deadline engine.</summary>
/// <remarks><para>A deadline that falls after 9999-12-31, the end of the calendar (an end date recorded in the calendar's last
/// century), cannot be computed: it is <see langword="null"/>, not stated.</para></remarks>
internal static class EndOfLifeDates
{
    /// <summary>Gets the last day of <paramref name="period"/> counted from the end of the main agreement on <paramref name="endedOn"/>.</summary>
    public static LocalDate? LastDayAfterEnd(RuleContext context, LocalDate endedOn, ContractualPeriod period) =>
        EndOfLife.TryCompute(context.Deadlines, EndOfLife.AfterEndOf(endedOn), period, EndOfLife.ConventionOf(context.Agreement))?.LastDay;

    /// <summary>Gets the last day of <paramref name="period"/> counted from <paramref name="deadline"/>.</summary>
    public static LocalDate? LastDayAfter(RuleContext context, Deadline deadline, ContractualPeriod period) =>
        EndOfLife.TryCompute(context.Deadlines, EndOfLife.After(deadline), period, EndOfLife.ConventionOf(context.Agreement))?.LastDay;

    /// <summary>Gets the deletion deadline for an end on <paramref name="endedOn"/>, when the agreement states one running from the end.</summary>
    public static Deadline? Deletion(RuleContext context, LocalDate endedOn) =>
        EndOfLife.Deletion(context.Agreement, context.Deadlines, endedOn);

    /// <summary>Formats a date as ISO-8601 for facts and messages.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
