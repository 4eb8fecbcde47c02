using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>Where the processor processes the data and the location restriction agreed (GDPR Chapter V).</summary>
public sealed record LocationTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the processor's own processing and storage locations.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<ProcessingLocation> Processing
    {
        get => _processing.Items;
        init => _processing = new(value, nameof(Processing));
    }

    /// <summary>Gets the agreed restriction on where data may be processed.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LocationRestriction? Restriction { get; init; }

    /// <summary>Gets the conditions under which processing outside the restriction is allowed.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<TransferCondition> PermittedOutsideWhen
    {
        get => _permittedOutsideWhen.Items;
        init => _permittedOutsideWhen = new(value, nameof(PermittedOutsideWhen));
    }

    private readonly EquatableArray<ProcessingLocation> _processing;
    private readonly EquatableArray<TransferCondition> _permittedOutsideWhen;
}
