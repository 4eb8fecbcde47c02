using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The controller's right to object to a new or replacing sub-processor (GDPR Art. 28(2)).</summary>
public sealed record ObjectionRight
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether the controller may object.</summary>
    public bool Available { get; init; }

    /// <summary>Gets the period within which an objection must be made.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Window { get; init; }

    /// <summary>Gets whether an objection needs reasonable grounds.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? RequiresReasonableGrounds { get; init; }

    /// <summary>Gets whether the controller agrees in advance not to object when the processor meets stated conditions.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ExcludedWhenConditionsMet { get; init; }

    /// <summary>Gets what follows when the controller objects.</summary>
    /// <remarks><para>GDPR Art. 28(2) gives the controller "the opportunity to object"; SCC 2021/915 Clause 7.7(a) Option 2
    /// asks for notice in time "to be able to object to such changes prior to the engagement". Neither says what an
    /// objection must lead to; a processor that may go ahead anyway leaves the controller only the exit, if that.</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ObjectionConsequence? Consequence { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets whether fees paid in advance for the period after a termination that follows an objection are refunded.</summary>
    /// <value><see langword="null"/> when the agreement does not say; <see langword="false"/> when it excludes a refund.</value>
    public bool? FeesRefundedOnTermination { get; init; }
}
