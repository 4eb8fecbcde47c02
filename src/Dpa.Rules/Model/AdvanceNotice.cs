using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A duty to give notice of something, such as an intended change of sub-processors (GDPR Art. 28(2)).</summary>
public sealed record AdvanceNotice
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether notice is required.</summary>
    /// <value><see langword="null"/> when the agreement does not say (e.g. an objection period that runs "from the notice"
    /// presupposes a notice without making it a duty); <see langword="false"/> when it excludes one.</value>
    public bool? Required { get; init; }

    /// <summary>Gets whether the notice comes before the change: <see langword="false"/> when the clause has it given when or
    /// after the change is made ("informs the customer when it engages a new sub-processor").</summary>
    /// <remarks><para>GDPR Art. 28(2) asks for information on "intended" changes, so that the controller can object before
    /// the change; SCC 2021/915 Clause 7.7(a) Option 2 fixes a period in advance.</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? InAdvance { get; init; }

    /// <summary>Gets the minimum notice period.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? MinimumPeriod { get; init; }

    /// <summary>Gets which changes the notice covers.</summary>
    /// <remarks><para>GDPR Art. 28(2) asks for notice of "any intended changes concerning the addition or replacement of other
    /// processors"; a notice limited to changes the processor deems material leaves the controller unable to object to the
    /// others.</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public NoticeScope? Scope { get; init => field = Preconditions.CheckDefined(value); }
}
