using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>The end-of-life deadlines of an agreement: periods counted from the end of the main agreement or from another
/// end-of-life deadline, under the agreement's own convention and zone.</summary>
/// <remarks>
/// <para>The one computation behind <see cref="RetentionSchedule"/> and the end-of-processing rules. Periods are counted
/// under the agreement's stated convention, else <see cref="CountingConvention.Contract"/> (the event day is not counted;
/// months end on the same date or the month's last day; no weekend roll). The main agreement ends at the end of its end
/// date: a day period counts from the next day, an hour period from the first instant of the next day. A period that runs
/// from another deadline counts from that deadline's last day, or in hours from its expiry. A deadline after 9999-12-31,
/// the end of the calendar, cannot be computed and is returned as <see langword="null"/> (not stated). Allocates nothing.</para>
/// </remarks>
internal static class EndOfLife
{
    /// <summary>Gets the convention the agreement's periods are counted under: its own, else <see cref="CountingConvention.Contract"/>.</summary>
    public static CountingConvention ConventionOf(ProcessingAgreement agreement) =>
        agreement.Document.CountingConvention ?? CountingConvention.Contract;

    /// <summary>Gets the event "the main agreement ended on <paramref name="endedOn"/>": the day, and the first instant after it.</summary>
    /// <param name="endedOn">The last day of the main agreement.</param>
    public static Anchor AfterEndOf(LocalDate endedOn) => new(endedOn, null);

    /// <summary>Gets the event "<paramref name="deadline"/> passed": its last day, and its expiry.</summary>
    public static Anchor After(Deadline deadline) => new(deadline.LastDay, deadline.ExpiresAt);

    /// <summary>Computes <paramref name="period"/> from <paramref name="from"/>, or <see langword="null"/> when it ends after 9999-12-31.</summary>
    /// <param name="calculator">The calculator of the agreement's zone.</param>
    /// <param name="from">The event.</param>
    /// <param name="period">The period.</param>
    /// <param name="convention">A defined counting convention.</param>
    public static Deadline? TryCompute(DeadlineCalculator calculator, Anchor from, ContractualPeriod period, CountingConvention convention)
    {
        try
        {
            if (!period.IsTimeBased)
            {
                return calculator.Compute(from.Date, period, convention);
            }

            // An event on the calendar's last day has no next day: every deadline from it falls after the calendar.
            return from.After is { } after ? calculator.Compute(after, period, convention)
                : from.Date < LocalDate.MaxIsoValue ? calculator.Compute(ZoneDays.StartOfDay(calculator.Zone, from.Date.PlusDays(1)), period, convention)
                : null;
        }
        catch (ArgumentOutOfRangeException) when (Enum.IsDefined(convention))
        {
            // With a defined convention the engine's only reason is a deadline after 9999-12-31.
            return null;
        }
    }

    /// <summary>Computes the deletion deadline for a main agreement that ended on <paramref name="endedOn"/>, when the agreement
    /// states a deletion period that runs from the end (GDPR Art. 28(3)(g)).</summary>
    public static Deadline? Deletion(ProcessingAgreement agreement, DeadlineCalculator calculator, LocalDate endedOn) =>
        agreement.EndOfProcessing.Deletion is { From: EndOfLifeTrigger.AgreementEnd, Period: var period }
            ? TryCompute(calculator, AfterEndOf(endedOn), period, ConventionOf(agreement))
            : null;

    /// <summary>An event a period runs from: a day (not counted) and the first instant after it.</summary>
    /// <param name="Date">The day of the event; day periods count from the next day.</param>
    /// <param name="After">The first instant after the event, from which hour periods count; <see langword="null"/> for the
    /// start of the next day, found only when an hour period needs it.</param>
    internal readonly record struct Anchor(LocalDate Date, Instant? After);
}
