using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A technical or organisational security measure.</summary>
public sealed record SecurityMeasure
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the kind of measure, which maps it to a point of Art. 32(1).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required SecurityMeasureKind Kind { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the measure as described.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required TextValue Description { get; init => field = value ?? throw new ArgumentNullException(nameof(Description)); }
}
