using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The security terms (GDPR Art. 28(3)(c), Art. 32).</summary>
public sealed record SecurityTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether the processor must take all measures required by Art. 32.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? Art32Obligation { get; init; }

    /// <summary>Gets how firmly the processor commits to taking the security measures: GDPR Art. 32(1) and 28(3)(c) require
    /// it to take them, not to try.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CommitmentLevel? Commitment { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the technical and organisational measures described.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<SecurityMeasure> Measures
    {
        get => _measures.Items;
        init => _measures = new(value, nameof(Measures));
    }

    /// <summary>Gets the certifications relied on.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<Certification> Certifications
    {
        get => _certifications.Items;
        init => _certifications = new(value, nameof(Certifications));
    }

    /// <summary>Gets how often penetration tests are done.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? PenetrationTestInterval { get; init; }

    /// <summary>Gets the minimum log retention.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? LogRetentionMinimum { get; init; }

    /// <summary>Gets the maximum log retention.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? LogRetentionMaximum { get; init; }

    /// <summary>Gets the recovery point objective.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? RecoveryPointObjective { get; init; }

    /// <summary>Gets the recovery time objective.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? RecoveryTimeObjective { get; init; }

    /// <summary>Gets how firmly the processor commits to the recovery point and time objectives ("streven naar": best efforts).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CommitmentLevel? RecoveryObjectivesCommitment { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the screening of personnel.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public PersonnelScreening? Screening { get; init; }

    /// <summary>Gets who may change the agreed measures, and how far (EDPB Guidelines 07/2020, para. 123: changes need the
    /// controller's approval).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public SecurityChangePolicy? Changes { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets how the processor makes the details of its measures available to the controller (GDPR Art. 28(3)(h)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public SecurityDisclosure? Disclosure { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets what the processor does when the controller asks for measures beyond those agreed.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AdditionalMeasuresPolicy? AdditionalMeasures { get; init => field = Preconditions.CheckDefined(value); }

    private readonly EquatableArray<SecurityMeasure> _measures;
    private readonly EquatableArray<Certification> _certifications;
}
