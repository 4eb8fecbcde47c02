namespace Dpa.Rules.Model;

/// <summary>Screening of personnel with access to the data.</summary>
public sealed record PersonnelScreening
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether staff are screened before employment.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? BeforeEmployment { get; init; }

    /// <summary>Gets whether the screening is done only where the processor deems it applicable ("indien van toepassing").</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? OnlyWhereApplicable { get; init; }

    /// <summary>Gets whether a certificate of conduct (VOG) is required.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? CertificateOfConduct { get; init; }

    /// <summary>Gets how often screening is repeated.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? RenewalInterval { get; init; }
}
