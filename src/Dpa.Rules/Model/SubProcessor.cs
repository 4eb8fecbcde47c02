using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A sub-processor named in the agreement.</summary>
public sealed record SubProcessor
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the name.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required TextValue Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); }

    /// <summary>Gets the service it performs.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Service { get; init; }

    /// <summary>Gets the countries where it processes the data.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<CountryCode> Locations
    {
        get => _locations.Items;
        init => _locations = new(value, nameof(Locations));
    }

    /// <summary>Gets the country where it is established.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CountryCode? EstablishedIn { get; init; }

    /// <summary>Gets the country where the group the sub-processor belongs to has its parent, when the agreement names it
    /// (an EU subsidiary of a US cloud provider).</summary>
    /// <remarks><para>Processing in EU data centres ("EU regions") by a company whose parent is in a third country is no
    /// transfer by itself, but the third country's law may compel disclosure (EDPB Guidelines 05/2021 on the interplay of Art. 3 and Chapter V).</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CountryCode? ParentEstablishedIn { get; init; }

    /// <summary>Gets the Chapter V safeguard for its processing outside the EEA.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TransferSafeguard? Safeguard { get; init; }

    private readonly EquatableArray<CountryCode> _locations;
}
