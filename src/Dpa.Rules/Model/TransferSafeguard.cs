using System.Collections.Immutable;
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

    /// <summary>Gets further mechanisms the agreement names for the same recipient ("the EU-US Data Privacy Framework and/or the
    /// standard contractual clauses"): the recipient has a basis when any of them applies.</summary>
    /// <value>Empty when the agreement names one mechanism.</value>
    /// <exception cref="ArgumentOutOfRangeException">An element is not a defined <see cref="TransferMechanism"/>.</exception>
    public ImmutableArray<TransferMechanism> AlternativeMechanisms
    {
        get => _alternativeMechanisms.Items;
        init => _alternativeMechanisms = new(CheckDefined(value), nameof(AlternativeMechanisms));
    }

    /// <summary>Gets the module of the 2021/914 clauses, for standard contractual clauses.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public SccModule? SccModule { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets whether a US recipient is certified under the EU-US Data Privacy Framework (Decision 2023/1795).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? DataPrivacyFrameworkCertified { get; init; }

    /// <summary>Gets whether a transfer impact assessment was made (CJEU C-311/18).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? TransferImpactAssessment { get; init; }

    /// <summary>Gets whether the agreement shows that the recipient falls within the scope of an adequacy decision that covers
    /// only some recipients in its country (Canada: commercial organisations under PIPEDA; Japan: the private sector under
    /// the APPI with the supplementary rules; the Republic of Korea: entities under PIPA).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? WithinAdequacyScope { get; init; }

    private readonly EquatableArray<TransferMechanism> _alternativeMechanisms;

    private static ImmutableArray<TransferMechanism> CheckDefined(ImmutableArray<TransferMechanism> mechanisms)
    {
        if (!mechanisms.IsDefault)
        {
            foreach (var mechanism in mechanisms)
            {
                Preconditions.CheckDefined(mechanism, nameof(AlternativeMechanisms));
            }
        }

        return mechanisms;
    }
}
