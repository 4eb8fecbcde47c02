using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>Computes the end-of-life dates of an agreement with the deadline engine, for a given end of the main agreement.</summary>
/// <remarks>
/// <para>Periods are counted under the agreement's stated counting convention, else the ordinary contractual reading
/// (the event day is not counted; months end on the same date or the month's last day; no weekend roll), in the
/// agreement's zone with the Dutch holiday calendar — the same conventions as <see cref="RetentionSchedule"/>: the main
/// agreement ends at the end of its end date, so an hour period runs from the first instant of the next day. Unlike the
/// schedule, this computes one date at a time without allocating, for the rules' clean path.</para>
/// </remarks>
internal static class EndOfLifeDates
{
    /// <summary>Gets the last day of <paramref name="period"/> counted from <paramref name="eventDate"/> for <paramref name="agreement"/>.</summary>
    /// <param name="agreement">The agreement: its zone and counting convention.</param>
    /// <param name="eventDate">The event the period runs from.</param>
    /// <param name="period">The period.</param>
    /// <returns>The last day, or <see langword="null"/> when it falls after 9999-12-31, the end of the calendar the deadline engine
    /// counts in (an end date recorded in the last century of the calendar): such a deadline cannot be computed, so it is not stated.</returns>
    public static LocalDate? LastDay(ProcessingAgreement agreement, LocalDate eventDate, ContractualPeriod period)
    {
        var document = agreement.Document;
        var calculator = document.TimeZone == DeadlineCalculator.Netherlands.Zone
            ? DeadlineCalculator.Netherlands
            : new DeadlineCalculator(document.TimeZone, NetherlandsHolidayCalendar.Default);
        var convention = document.CountingConvention ?? CountingConvention.Contract;
        try
        {
            return period.IsTimeBased
                ? calculator.Compute(document.TimeZone.AtStartOfDay(eventDate.PlusDays(1)).ToInstant(), period, convention).LastDay
                : calculator.Compute(eventDate, period, convention).LastDay;
        }
        catch (Exception ex) when ((ex is ArgumentOutOfRangeException && Enum.IsDefined(convention)) || ex is OverflowException)
        {
            // The engine's only other reason for ArgumentOutOfRangeException is an undefined convention, which still fails
            // the rule; OverflowException comes from NodaTime when the day after the event is past 9999-12-31.
            return null;
        }
    }

    /// <summary>Gets the deletion deadline for an end on <paramref name="endDate"/>, when the agreement states one running from the end.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="endDate">The end of the main agreement.</param>
    /// <returns>The last day by which the data are deleted, or <see langword="null"/> when no period runs from the end or the
    /// deadline falls after the end of the calendar.</returns>
    public static LocalDate? DeletionDeadline(ProcessingAgreement agreement, LocalDate endDate) =>
        agreement.EndOfProcessing.Deletion is { From: EndOfLifeTrigger.AgreementEnd, Period: var period }
            ? LastDay(agreement, endDate, period)
            : null;

    /// <summary>Formats a date as ISO-8601 for facts and messages.</summary>
    /// <param name="date">The date.</param>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
