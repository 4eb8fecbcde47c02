using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>How promptly one party must tell the other something.</summary>
public sealed record NoticeTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets how promptly.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required Promptness Promptness { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the period; expected when <see cref="Promptness"/> is <see cref="Promptness.WithinPeriod"/>.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Period { get; init; }
}
