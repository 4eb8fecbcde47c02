using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A tier of the backup schedule, such as "7 daily backups" or "daily, kept 14 days".</summary>
public sealed record BackupTier
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets how often a backup of this tier is taken.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required BackupFrequency Frequency { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets how many backups of this tier are kept.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int? Count { get => field; init => field = Preconditions.CheckNotNegative(value); }

    /// <summary>Gets how long each backup of this tier is kept.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Retention { get; init; }
}
