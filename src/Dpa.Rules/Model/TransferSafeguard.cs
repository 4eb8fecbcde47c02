using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The Chapter V basis of a transfer.</summary>
public sealed record TransferSafeguard
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the mechanism.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required TransferMechanism Mechanism { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the module of the 2021/914 clauses, for standard contractual clauses.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public SccModule? SccModule { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets whether a US recipient is certified under the EU-US Data Privacy Framework (Decision 2023/1795).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? DataPrivacyFrameworkCertified { get; init; }

    /// <summary>Gets whether a transfer impact assessment was made (CJEU C-311/18).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? TransferImpactAssessment { get; init; }
}
