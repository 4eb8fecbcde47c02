using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>An agreed restriction on where the data may be processed.</summary>
public sealed record LocationRestriction
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the kind of area.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required LocationScope Scope { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the countries, when <see cref="Scope"/> is <see cref="LocationScope.Countries"/>.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<CountryCode> Countries
    {
        get => _countries.Items;
        init => _countries = new(value, nameof(Countries));
    }

    /// <summary>Gets how firm the restriction is ("in principle" is best efforts).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CommitmentLevel? Commitment { get; init => field = Preconditions.CheckDefined(value); }

    private readonly EquatableArray<CountryCode> _countries;
}
