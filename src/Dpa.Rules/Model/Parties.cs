using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The parties to the agreement (GDPR Art. 28(3); SCC 2021/915 Annex I).</summary>
public sealed record Parties
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the controller or controllers.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<Party> Controllers
    {
        get => _controllers.Items;
        init => _controllers = new(value, nameof(Controllers));
    }

    /// <summary>Gets the processor.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required Party Processor { get; init => field = value ?? throw new ArgumentNullException(nameof(Processor)); }

    private readonly EquatableArray<Party> _controllers;
}
