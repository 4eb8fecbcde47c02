using Dpa.Rules.Utility;
using NodaTime;

namespace Dpa.Rules.Model;

/// <summary>A signature block of one party, filled in or left blank.</summary>
public sealed record Signature
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whose signature block this is.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required PartyRole Role { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the name of the person signing.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Signatory { get; init; }

    /// <summary>Gets the signatory's function.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Function { get; init; }

    /// <summary>Gets the place of signing.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Place { get; init; }

    /// <summary>Gets the date of signing.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LocalDate? SignedOn { get; init; }

    /// <summary>Gets the blank date field as written (e.g. <c>..-..-202..</c>) when no date is filled in.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? DatePlaceholder { get; init; }
}
