using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>Every end-of-life deadline an agreement implies once its main agreement has ended.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(g) requires the processor, at the controller's choice, to delete or return the personal data after
/// the end of the services and to delete existing copies; the agreement fixes the periods. The schedule computes, from the
/// end date: the return/export window (<c>return-window</c>), deletion (<c>deletion</c>), the backup purge
/// (<c>backup-purge</c>), the expiry of the last backup under the backup retention (<c>backup-retention</c>, and
/// <c>backup-tier-N-retention</c> per schedule tier, N counted from 0 as in the JSON path) and the retention of breach
/// records (<c>breach-record-retention</c>). Periods that run from the controller's request cannot be dated from the end
/// date alone: they are listed in <see cref="Unscheduled"/>, as are deadlines that fall after 9999-12-31, the end of the calendar.</para>
/// <para>The agreement's own counting convention (<see cref="AgreementDocument.CountingConvention"/>, default
/// <see cref="CountingConvention.Contract"/>) and zone (<see cref="AgreementDocument.TimeZone"/>) are used. The main
/// agreement ends at the end of its end date: day periods count from the next day, hour periods from the first instant
/// of the next day. A period that runs from the deletion deadline counts from the deletion's last day (or, in hours,
/// from its expiry). Note the direction: a convention that rolls to working days lengthens these periods, and for
/// deletion and backup purge that delays protection of the data subjects.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RetentionSchedule
{
    private readonly ImmutableArray<(ScheduledDeadlineKind Kind, string Note)> _unscheduled;

    private RetentionSchedule(
        LocalDate endedOn,
        CountingConvention convention,
        DateTimeZone zone,
        ImmutableArray<ScheduledDeadline> deadlines,
        ImmutableArray<(ScheduledDeadlineKind Kind, string Note)> unscheduled)
    {
        _unscheduled = unscheduled;
        EndedOn = endedOn;
        Convention = convention;
        Zone = zone;
        Deadlines = deadlines;
        Unscheduled = [.. unscheduled.Select(u => u.Note)];
    }

    /// <summary>Gets the date the main agreement ended.</summary>
    public LocalDate EndedOn { get; }

    /// <summary>Gets the counting convention applied: the agreement's, or <see cref="CountingConvention.Contract"/>.</summary>
    public CountingConvention Convention { get; }

    /// <summary>Gets the zone the days were counted in: the agreement's deadline zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the deadlines in a fixed order: return window, deletion, backup purge, backup retention, backup tiers, breach records.</summary>
    public ImmutableArray<ScheduledDeadline> Deadlines { get; }

    /// <summary>Gets readable notes on periods the agreement states but that cannot be dated from the end date, with why.</summary>
    public ImmutableArray<string> Unscheduled { get; }

    /// <summary>Gets the deadline of <paramref name="kind"/> (for backup tiers, the one that expires last), or
    /// <see langword="null"/> when the schedule has none.</summary>
    /// <param name="kind">What the deadline is about.</param>
    public ScheduledDeadline? Find(ScheduledDeadlineKind kind)
    {
        ScheduledDeadline? found = null;
        foreach (var deadline in Deadlines)
        {
            if (deadline.Kind == kind && (found is null || deadline.Deadline.ExpiresAt > found.Deadline.ExpiresAt))
            {
                found = deadline;
            }
        }

        return found;
    }

    /// <summary>Gets the deadline of <paramref name="kind"/> (for backup tiers, the one that expires last).</summary>
    /// <param name="kind">What the deadline is about.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="InvalidOperationException">The schedule has none; the message says why (the agreement states no
    /// such period, or states one that cannot be dated from the end, such as a period from the controller's request).</exception>
    public ScheduledDeadline Get(ScheduledDeadlineKind kind) =>
        Find(kind) ?? throw new InvalidOperationException(WhyNot(kind));

    /// <summary>Gets why the schedule has no deadline of <paramref name="kind"/> — the agreement states no such period, or
    /// one that cannot be dated from the end — or <see langword="null"/> when it has one.</summary>
    /// <param name="kind">What the deadline is about.</param>
    public string? Missing(ScheduledDeadlineKind kind) => Find(kind) is null ? WhyNot(kind) : null;

    /// <summary>Gets the last moment a copy of the data may exist in backups: the latest of the backup purge, the backup
    /// retention and the tiers' retentions, or <see langword="null"/> when the agreement dates none of them.</summary>
    public ScheduledDeadline? LastBackupCopy
    {
        get
        {
            ScheduledDeadline? last = null;
            foreach (var deadline in Deadlines)
            {
                if (deadline.Kind is ScheduledDeadlineKind.BackupPurge or ScheduledDeadlineKind.BackupRetention or ScheduledDeadlineKind.BackupTierRetention
                    && (last is null || deadline.Deadline.ExpiresAt > last.Deadline.ExpiresAt))
                {
                    last = deadline;
                }
            }

            return last;
        }
    }

    private string WhyNot(ScheduledDeadlineKind kind)
    {
        foreach (var (unscheduledKind, note) in _unscheduled)
        {
            if (unscheduledKind == kind)
            {
                return string.Create(CultureInfo.InvariantCulture, $"The schedule for an end on {TimeText.Format(EndedOn)} has no {kind} deadline: {note}");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"The schedule for an end on {TimeText.Format(EndedOn)} has no {kind} deadline: the agreement states no such period.");
    }

    /// <summary>Computes the schedule of <paramref name="agreement"/> for a main agreement that ended on <paramref name="endedOn"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="endedOn">The date the main agreement ended, in the agreement's zone.</param>
    /// <param name="holidays">The holiday calendar for conventions that roll; <see cref="NetherlandsHolidayCalendar.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    public static RetentionSchedule Compute(ProcessingAgreement agreement, LocalDate endedOn, IHolidayCalendar? holidays = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var convention = EndOfLife.ConventionOf(agreement);
        var zone = agreement.Document.TimeZone;
        var calculator = SharedDeadlineCalculators.Get(zone, holidays ?? NetherlandsHolidayCalendar.Default);
        var end = EndOfLife.AfterEndOf(endedOn);
        var endDescription = string.Create(CultureInfo.InvariantCulture, $"the end of the main agreement on {TimeText.Format(endedOn)}");
        var deadlines = ImmutableArray.CreateBuilder<ScheduledDeadline>();
        var unscheduled = ImmutableArray.CreateBuilder<(ScheduledDeadlineKind, string)>();
        var terms = agreement.EndOfProcessing;
        var deletion = EndOfLife.Deletion(agreement, calculator, endedOn);
        var deletionDescription = deletion is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"the deletion deadline (end of {TimeText.Format(d.LastDay)})")
            : null;

        void Add(ScheduledDeadlineKind kind, string name, string description, string path, EndOfLifePeriod? period)
        {
            if (period is null)
            {
                return;
            }

            (EndOfLife.Anchor From, string Description)? anchor = period.From switch
            {
                EndOfLifeTrigger.AgreementEnd => (end, endDescription),
                EndOfLifeTrigger.DeletionDeadline when deletion is { } passed => (EndOfLife.After(passed), deletionDescription!),
                _ => null,
            };
            if (anchor is not var (from, fromDescription))
            {
                unscheduled.Add((kind, period.From == EndOfLifeTrigger.ControllerRequest
                    ? string.Create(CultureInfo.InvariantCulture, $"{name} ({path}): {period.Period:O} from the controller's request; it cannot be dated until the request is made.")
                    : string.Create(CultureInfo.InvariantCulture, $"{name} ({path}): {period.Period:O} from the deletion deadline, which itself is not dated by the agreement end.")));
                return;
            }

            if (EndOfLife.TryCompute(calculator, from, period.Period, convention) is not { } deadline)
            {
                unscheduled.Add((kind, string.Create(CultureInfo.InvariantCulture, $"{name} ({path}): {period.Period:O} from {fromDescription} falls after 9999-12-31, the end of the calendar; it cannot be dated.")));
                return;
            }

            deadlines.Add(new ScheduledDeadline(kind, name, description, path, deadline, string.Create(CultureInfo.InvariantCulture, $"Runs {period.Period:O} from {fromDescription} ({path}), counted under '{CountingConventionNames.GetName(convention)}'.")));
        }

        Add(ScheduledDeadlineKind.ReturnWindow, "return-window", "Last moment to return or export the data at the controller's request (GDPR Art. 28(3)(g)).", AgreementPaths.EndOfProcessing.ReturnWindow.Path, terms.ReturnWindow);
        Add(ScheduledDeadlineKind.Deletion, "deletion", "The personal data must be deleted (GDPR Art. 28(3)(g)).", AgreementPaths.EndOfProcessing.Deletion.Path, terms.Deletion);
        Add(ScheduledDeadlineKind.BackupPurge, "backup-purge", "Backups holding the data must be purged (GDPR Art. 28(3)(g): existing copies).", AgreementPaths.EndOfProcessing.Backups.PurgeAfterEnd.Path, terms.Backups.PurgeAfterEnd);
        if (terms.Backups.Retention is { } retention)
        {
            Add(ScheduledDeadlineKind.BackupRetention, "backup-retention", "The last backup, taken no later than the end date, expires under the backup retention period.", AgreementPaths.EndOfProcessing.Backups.Retention, new EndOfLifePeriod { Period = retention });
        }

        for (var i = 0; i < terms.Backups.Tiers.Length; i++)
        {
            if (terms.Backups.Tiers[i].Retention is { } tierRetention)
            {
                Add(
                    ScheduledDeadlineKind.BackupTierRetention,
                    string.Create(CultureInfo.InvariantCulture, $"backup-tier-{i}-retention"),
                    string.Create(CultureInfo.InvariantCulture, $"The last {terms.Backups.Tiers[i].Frequency.ToString().ToLowerInvariant()} backup expires under its tier's retention."),
                    AgreementPaths.EndOfProcessing.Backups.Tiers.Retention(i),
                    new EndOfLifePeriod { Period = tierRetention });
            }
        }

        Add(ScheduledDeadlineKind.BreachRecordRetention, "breach-record-retention", "Breach records kept by the processor may be destroyed (GDPR Art. 33(5) documentation).", AgreementPaths.Breach.RecordRetention.Path, agreement.Breach.RecordRetention);
        return new RetentionSchedule(endedOn, convention, zone, deadlines.ToImmutable(), unscheduled.ToImmutable());
    }
}
