using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The terms on sub-processors (GDPR Art. 28(2), 28(3)(d), 28(4); SCC 2021/915 Clause 7.7).</summary>
public sealed record SubProcessingTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the authorisation regime.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public SubProcessorAuthorisation? Authorisation { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets a second, different regime that another clause of the same agreement states.</summary>
    /// <remarks><para>Contracts sometimes grant a general authorisation in one clause ("the processor may engage
    /// sub-processors") and require the controller's prior written consent for each one in another: two regimes that
    /// contradict each other (GDPR Art. 28(2) knows the one or the other). <see cref="Authorisation"/> holds the regime of
    /// the agreement's clause on sub-processors (or the first one stated), this member the other. The list a general authorisation starts from (SCC
    /// 2021/915 Clause 7.7(a) Option 2, "an agreed list") or the sub-processors a specific authorisation has approved is no
    /// second regime.</para></remarks>
    /// <value><see langword="null"/> when the agreement states one regime only.</value>
    public SubProcessorAuthorisation? OtherAuthorisation { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets where the list of sub-processors is kept.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public SubProcessorListLocation? ListLocation { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the external address of the list, when kept outside the agreement.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? ListUrl { get; init; }

    /// <summary>Gets the notice of intended additions or replacements.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AdvanceNotice? ChangeNotice { get; init; }

    /// <summary>Gets the controller's right to object to a change.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ObjectionRight? ObjectionRight { get; init; }

    /// <summary>Gets how long before engagement a specific authorisation is requested (SCC 7.7 Option 1).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? RequestLeadTime { get; init; }

    /// <summary>Gets which obligations are imposed on sub-processors (Art. 28(4)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public FlowDownScope? FlowDown { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets whether the processor remains fully liable for its sub-processors (Art. 28(4)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ProcessorFullyLiable { get; init; }

    /// <summary>Gets the sub-processors named in the agreement.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<SubProcessor> SubProcessors
    {
        get => _subProcessors.Items;
        init => _subProcessors = new(value, nameof(SubProcessors));
    }

    private readonly EquatableArray<SubProcessor> _subProcessors;
}
