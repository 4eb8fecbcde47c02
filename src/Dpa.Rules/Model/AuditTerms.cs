using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The audit and compliance-information terms (GDPR Art. 28(3)(h); SCC 2021/915 Clause 7.6).</summary>
public sealed record AuditTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether the processor makes available all information necessary to demonstrate compliance.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? InformationDuty { get; init; }

    /// <summary>Gets whether audits, including inspections, are allowed.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? AuditsAllowed { get; init; }

    /// <summary>Gets who carries out audits.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AuditorChoice? Auditor { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets when audits may take place.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AuditCondition? Condition { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the minimum time between audits ("at most once a year" is <c>P1Y</c>).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? MaximumFrequency { get; init; }

    /// <summary>Gets whether extra audits are allowed on indications of non-compliance or at an authority's request.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? FrequencyExceptions { get; init; }

    /// <summary>Gets the notice period before an audit.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Notice { get; init; }

    /// <summary>Gets who pays.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CostAllocation? Cost { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the most the controller pays for an audit.</summary>
    /// <value><see langword="null"/> when the agreement states no cap.</value>
    public Money? CostCap { get; init; }

    /// <summary>Gets whether audits may include inspections, such as on site at the processor's premises.</summary>
    /// <remarks><para>GDPR Art. 28(3)(h) names "audits, including inspections"; SCC 2021/915 Clause 7.6(d): audits "may also
    /// include inspections at the premises or physical facilities of the processor".</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say; <see langword="false"/> when it excludes them.</value>
    public bool? InspectionsAllowed { get; init; }

    /// <summary>Gets what an audit may examine.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AuditScope? Scope { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets how the processor's own audit reports and certifications relate to an audit by the controller.</summary>
    /// <remarks><para>SCC 2021/915 Clause 7.6(c): "In deciding on a review or an audit, the controller may take into account
    /// relevant certifications held by the processor" — the controller decides.</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AuditReportUse? ReportUse { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the grounds on which the processor may refuse an audit or a request for compliance information.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<AuditRefusalGround> RefusalGrounds
    {
        get => _refusalGrounds.Items;
        init => _refusalGrounds = new(value, nameof(RefusalGrounds));
    }

    /// <summary>Gets the requirements the agreement sets for the auditor the controller mandates.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<AuditorRequirement> AuditorRequirements
    {
        get => _auditorRequirements.Items;
        init => _auditorRequirements = new(value, nameof(AuditorRequirements));
    }

    /// <summary>Gets whether the processor may combine the controller's audit with other controllers' audits into one joint
    /// audit.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? JointAudits { get; init; }

    /// <summary>Gets the minimum time between requests for compliance information ("at most once a year" is <c>P1Y</c>).</summary>
    /// <remarks><para>GDPR Art. 28(3)(h) has the processor make available "all information necessary to demonstrate
    /// compliance", and SCC 2021/915 Clause 7.6(b) has it deal "promptly and adequately" with the controller's inquiries.</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? InformationFrequency { get; init; }

    /// <summary>Gets whether more frequent requests for information are allowed for good reason, such as a personal data breach.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? InformationFrequencyExceptions { get; init; }

    private readonly EquatableArray<AuditRefusalGround> _refusalGrounds;
    private readonly EquatableArray<AuditorRequirement> _auditorRequirements;
}
