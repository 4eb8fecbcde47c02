using Dpa.Rules.Utility;
using NodaTime;

namespace Dpa.Rules.Model;

/// <summary>The duration of the processing (GDPR Art. 28(3)).</summary>
public sealed record ProcessingDuration
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets what the duration is tied to.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required DurationBasis Basis { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the fixed term; expected when <see cref="Basis"/> is <see cref="DurationBasis.FixedTerm"/> (without it the duration counts as not stated).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Term { get; init; }

    /// <summary>Gets the end date; expected when <see cref="Basis"/> is <see cref="DurationBasis.UntilDate"/> (without it the duration counts as not stated).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LocalDate? EndsOn { get; init; }
}
