using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A technical or organisational security measure.</summary>
public sealed record SecurityMeasure
{
    /// <summary>Gets the kind of measure, which maps it to a point of Art. 32(1).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required SecurityMeasureKind Kind { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the measure as described.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required TextValue Description { get; init => field = value ?? throw new ArgumentNullException(nameof(Description)); }
}
