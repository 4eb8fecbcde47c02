namespace Dpa.Rules.Model;

/// <summary>A place where the processor processes or stores the data.</summary>
public sealed record ProcessingLocation
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Gets the hosting provider or data centre.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Provider { get; init; }

    /// <summary>Gets what the location is for (e.g. primary, fallback, backups).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Purpose { get; init; }
}
