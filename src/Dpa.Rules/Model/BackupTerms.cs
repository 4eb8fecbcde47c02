using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The backup terms: schedule tiers, retention and purge after the end.</summary>
public sealed record BackupTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the backup schedule tiers.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<BackupTier> Tiers
    {
        get => _tiers.Items;
        init => _tiers = new(value, nameof(Tiers));
    }

    /// <summary>Gets the overall backup retention ("backup period").</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Retention { get; init; }

    /// <summary>Gets when backups are purged after the end.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public EndOfLifePeriod? PurgeAfterEnd { get; init; }

    /// <summary>Gets whether backups are encrypted.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? Encrypted { get; init; }

    private readonly EquatableArray<BackupTier> _tiers;
}
