using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A contact person of a party.</summary>
public sealed record Contact
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets what the contact is for.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required ContactRole Role { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the name.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Name { get; init; }

    /// <summary>Gets the function.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Function { get; init; }

    /// <summary>Gets the e-mail address.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Email { get; init; }

    /// <summary>Gets the telephone number.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Phone { get; init; }
}
