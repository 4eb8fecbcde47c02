using System.Collections.Immutable;
using System.Text;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Testing;

/// <summary>A host's retention policy, stated once and verified against every agreement it signs: how soon the personal
/// data are deleted and their backups purged after the end, whether they can be returned first, and how soon the
/// processor reports a breach.</summary>
/// <remarks>
/// <para>The agreement's periods are counted as the agreement states them (its counting convention and zone, through
/// <see cref="RetentionSchedule"/> and <see cref="BreachTimeline"/>); the policy's own periods in the ordinary contractual
/// reading (the day of the event not counted, months to the same date or the month's last day). A failure throws
/// <see cref="AgreementAssertionException"/> naming every requirement not met, with how each deadline was counted.</para>
/// <code>new RetentionPolicy { DeleteWithin = ContractualPeriod.FromDays(60), PurgeBackupsWithin = ContractualPeriod.FromDays(14) }
///     .Verify(agreement);</code>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record RetentionPolicy
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary>Gets the period after the end of the main agreement within which the personal data must be deleted (GDPR Art. 28(3)(g)).</summary>
    /// <value><see langword="null"/>: not part of the policy.</value>
    public ContractualPeriod? DeleteWithin { get; init; }

    /// <summary>Gets the period after the deletion deadline within which every backup copy must be gone (Art. 28(3)(g): "existing copies").</summary>
    /// <value><see langword="null"/>: not part of the policy.</value>
    public ContractualPeriod? PurgeBackupsWithin { get; init; }

    /// <summary>Gets whether the controller must be able to have the data returned before they are deleted: a return window
    /// from the end that closes no later than the deletion deadline.</summary>
    /// <value><see langword="false"/>: not part of the policy.</value>
    public bool ReturnBeforeDeletion { get; init; }

    /// <summary>Gets the period from the processor becoming aware of a breach within which it must notify the controller (Art. 33(2)).</summary>
    /// <value><see langword="null"/>: not part of the policy.</value>
    public ContractualPeriod? NotifyBreachWithin { get; init; }

    /// <summary>Gets the holiday calendar for agreements that count in working days.</summary>
    /// <value><see cref="NetherlandsHolidayCalendar.Default"/> when <see langword="null"/>.</value>
    public IHolidayCalendar? Holidays { get; init; }

    /// <summary>Verifies the policy for a main agreement that ended on <paramref name="endedOn"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="endedOn">The last day of the main agreement.</param>
    /// <exception cref="AgreementAssertionException">A requirement is not met; the message lists each.</exception>
    public void Verify(ProcessingAgreement agreement, LocalDate endedOn)
    {
        var violations = Check(agreement, endedOn);
        if (!violations.IsEmpty)
        {
            var message = new StringBuilder("The agreement does not meet the retention policy for a main agreement that ended on ")
                .Append(Iso.Format(endedOn)).Append(':');
            for (var i = 0; i < violations.Length; i++)
            {
                message.Append('\n').Append(i + 1).Append(". ").Append(violations[i].Replace("\n", "\n   ", StringComparison.Ordinal));
            }

            throw new AgreementAssertionException(message.ToString());
        }
    }

    /// <summary>Verifies the policy whatever day the main agreement ends: every day of 2027 and 2028, so every month length,
    /// weekday and a leap day are met; the first end date that fails is reported.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <exception cref="AgreementAssertionException">A requirement is not met for some end date.</exception>
    public void Verify(ProcessingAgreement agreement)
    {
        for (var day = new LocalDate(2027, 1, 1); day.Year <= 2028; day = day.PlusDays(1))
        {
            Verify(agreement, day);
        }
    }

    /// <summary>Gets the requirements of the policy that the agreement does not meet for an end on <paramref name="endedOn"/>,
    /// each explained; empty when it meets them all.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="endedOn">The last day of the main agreement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    public ImmutableArray<string> Check(ProcessingAgreement agreement, LocalDate endedOn)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var holidays = Holidays ?? NetherlandsHolidayCalendar.Default;
        var schedule = RetentionSchedule.Compute(agreement, endedOn, holidays);
        var calculator = new DeadlineCalculator(agreement.Document.TimeZone, holidays);
        var violations = ImmutableArray.CreateBuilder<string>();
        var deletion = schedule.Find(ScheduledDeadlineKind.Deletion);
        if (DeleteWithin is { } deleteWithin)
        {
            var limit = calculator.Compute(endedOn, deleteWithin, CountingConvention.Contract).LastDay;
            var requirement = $"Personal data deleted within {deleteWithin} of the end (by {Iso.Format(limit)})";
            if (deletion is null)
            {
                violations.Add(requirement + ": " + Missing(schedule, ScheduledDeadlineKind.Deletion));
            }
            else if (deletion.Deadline.LastDay > limit)
            {
                violations.Add(Late(requirement, "the agreement deletes by", deletion));
            }
        }

        if (PurgeBackupsWithin is { } purgeWithin)
        {
            CheckBackups(agreement, schedule, deletion, calculator, purgeWithin, violations);
        }

        if (ReturnBeforeDeletion)
        {
            const string Requirement = "The data can be returned before they are deleted";
            if (schedule.Find(ScheduledDeadlineKind.ReturnWindow) is not { } window)
            {
                violations.Add(Requirement + ": " + Missing(schedule, ScheduledDeadlineKind.ReturnWindow));
            }
            else if (deletion is not null && window.Deadline.LastDay > deletion.Deadline.LastDay)
            {
                violations.Add(Late($"{Requirement} (by {Iso.Format(deletion.Deadline.LastDay)}, the deletion deadline)", "the return window runs to", window));
            }
        }

        if (NotifyBreachWithin is { } notifyWithin)
        {
            BreachCheck.Verify(agreement, endedOn, holidays, notifyWithin, violations);
        }

        return violations.ToImmutable();
    }

    private static void CheckBackups(
        ProcessingAgreement agreement,
        RetentionSchedule schedule,
        ScheduledDeadline? deletion,
        DeadlineCalculator calculator,
        ContractualPeriod purgeWithin,
        ImmutableArray<string>.Builder violations)
    {
        var requirement = $"Backups purged within {purgeWithin} of the deletion";
        if (deletion is null)
        {
            violations.Add(requirement + ": " + Missing(schedule, ScheduledDeadlineKind.Deletion));
            return;
        }

        var limit = calculator.Compute(deletion.Deadline.LastDay, purgeWithin, CountingConvention.Contract).LastDay;
        requirement += $" (by {Iso.Format(limit)})";
        if (schedule.LastBackupCopy is { } last)
        {
            if (last.Deadline.LastDay > limit)
            {
                violations.Add(Late(requirement, "the last backup copy exists until", last));
            }
        }
        else if (agreement.EndOfProcessing.CopiesDeleted is not true)
        {
            // Without a backup period and without "existing copies are deleted", nothing says when backups go.
            violations.Add(requirement + ": the agreement states no backup retention or purge and does not say that copies are deleted with the data.");
        }
    }

    private static string Late(string requirement, string found, ScheduledDeadline deadline) =>
        $"{requirement}: {found} {Iso.Format(deadline.Deadline.LastDay)}.\nHow that was counted:\n  " + string.Join("\n  ", deadline.Steps);

    private static string Missing(RetentionSchedule schedule, ScheduledDeadlineKind kind) => schedule.Missing(kind) ?? "found";
}
