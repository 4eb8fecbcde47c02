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

    /// <summary>Gets a narrower area within <see cref="Restriction"/> where the processor says it processes the data as a rule,
    /// such as "in principle in the Netherlands" inside a binding limit of the EU.</summary>
    /// <remarks><para>Some clauses have two tiers: a preferred area, usually on a best-efforts basis, and the area the data may
    /// not leave (seed 004 clause 2.4: "in beginsel ... in Nederland"; "niet buiten Nederland of buiten de Europese Unie").
    /// The rules judge the transfer conditions by <see cref="Restriction"/>; this member keeps the preferred tier that the
    /// clause states (GDPR Art. 28(3)(a): instructions with regard to transfers).</para></remarks>
    /// <value><see langword="null"/> when the agreement states one tier only.</value>
    public LocationRestriction? PreferredRestriction { get; init; }

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
