namespace Dpa.Rules.Model;

/// <summary>A place where the processor processes or stores the data.</summary>
public sealed record ProcessingLocation
{
    /// <summary>Gets the country.</summary>
    public required CountryCode Country { get; init; }

    /// <summary>Gets the hosting provider or data centre.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Provider { get; init; }

    /// <summary>Gets what the location is for (e.g. primary, fallback, backups).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Purpose { get; init; }
}
