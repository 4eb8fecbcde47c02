namespace Dpa.Rules.Time;

/// <summary>What an end-of-life deadline of a <see cref="RetentionSchedule"/> is about.</summary>
public enum ScheduledDeadlineKind
{
    /// <summary>The last moment to return or export the data at the controller's request (GDPR Art. 28(3)(g)); <c>return-window</c>.</summary>
    ReturnWindow = 0,

    /// <summary>The personal data must be deleted (GDPR Art. 28(3)(g)); <c>deletion</c>.</summary>
    Deletion = 1,

    /// <summary>Backups holding the data must be purged (Art. 28(3)(g): existing copies); <c>backup-purge</c>.</summary>
    BackupPurge = 2,

    /// <summary>The last backup expires under the overall backup retention; <c>backup-retention</c>.</summary>
    BackupRetention = 3,

    /// <summary>The last backup of one schedule tier expires under its retention; <c>backup-tier-N-retention</c>.</summary>
    BackupTierRetention = 4,

    /// <summary>The processor's breach records may be destroyed (Art. 33(5) documentation); <c>breach-record-retention</c>.</summary>
    BreachRecordRetention = 5,
}
