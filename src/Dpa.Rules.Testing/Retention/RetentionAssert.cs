using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Testing;

/// <summary>One-line retention assertions about a single end date, for tests such as "data of a contract that ended on
/// 31 January are gone by 1 April".</summary>
public static class RetentionAssert
{
    /// <summary>Asserts that the personal data and every backup copy are gone by <paramref name="by"/> when the main agreement
    /// ended on <paramref name="endedOn"/> (GDPR Art. 28(3)(g)).</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="endedOn">The last day of the main agreement.</param>
    /// <param name="by">The last day by which nothing may be left.</param>
    /// <param name="holidays">The holiday calendar for agreements counted in working days; Dutch when <see langword="null"/>.</param>
    /// <exception cref="AgreementAssertionException">The data or a backup may still exist after <paramref name="by"/>, or the
    /// agreement does not say when they go; the message explains how each deadline was counted.</exception>
    public static void GoneBy(ProcessingAgreement agreement, LocalDate endedOn, LocalDate by, IHolidayCalendar? holidays = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var schedule = RetentionSchedule.Compute(agreement, endedOn, holidays);
        var intro = $"Expected the data of a main agreement that ended on {LocalDatePattern.Iso.Format(endedOn)} to be gone by {LocalDatePattern.Iso.Format(by)}";
        var deletion = schedule.Find(ScheduledDeadlineKind.Deletion)
            ?? throw new AgreementAssertionException(intro + ", but " + Lower(schedule.Missing(ScheduledDeadlineKind.Deletion)!));
        foreach (var deadline in (ScheduledDeadline?[])[deletion, schedule.LastBackupCopy])
        {
            if (deadline is not null && deadline.Deadline.LastDay > by)
            {
                throw new AgreementAssertionException(
                    $"{intro}, but {deadline.Name} runs to {LocalDatePattern.Iso.Format(deadline.Deadline.LastDay)}.\nHow that was counted:\n  " + string.Join("\n  ", deadline.Steps));
            }
        }

        if (schedule.LastBackupCopy is null && agreement.EndOfProcessing.CopiesDeleted is not true)
        {
            throw new AgreementAssertionException(intro + ", but the agreement states no backup retention or purge and does not say that copies are deleted with the data.");
        }
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
