using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>What happens at the end of the services (GDPR Art. 28(3)(g); SCC 2021/915 Clause 10).</summary>
public sealed record EndOfProcessingTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether data are returned or deleted, and who chooses.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public EndOfServiceChoice? Choice { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets whether existing copies, backups included, are deleted.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? CopiesDeleted { get; init; }

    /// <summary>Gets whether the clause says the data are deleted completely ("volledig verwijderen") without naming copies
    /// or backups.</summary>
    /// <remarks><para>Complete deletion implies the copies, but GDPR Art. 28(3)(g) names "existing copies" and SCC
    /// 2021/915 Clause 10(d) asks for them to be deleted too: stated completely but without copies is weaker, not absent.</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? DeletionComplete { get; init; }

    /// <summary>Gets the period after which the data are deleted.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public EndOfLifePeriod? Deletion { get; init; }

    /// <summary>Gets whether the controller may require deletion on request (earlier, or at all).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? DeletionOnRequest { get; init; }

    /// <summary>Gets the window in which a return or export can be requested or made.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public EndOfLifePeriod? ReturnWindow { get; init; }

    /// <summary>Gets what the processor returns.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ReturnScope? ReturnScope { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets whether the processor may withhold the return until the controller has paid what it owes.</summary>
    /// <remarks><para>GDPR Art. 28(3)(g) makes the return depend on the controller's choice alone.</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ReturnConditionalOnPayment { get; init; }

    /// <summary>Gets whether the processor may anonymise the personal data instead of deleting them.</summary>
    /// <remarks><para>Only data that are truly anonymous are no longer personal data (GDPR Recital 26); data that can still be
    /// attributed to a person remain subject to Art. 28(3)(g).</para></remarks>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? AnonymisationInsteadOfDeletion { get; init; }

    /// <summary>Gets whether the processor confirms deletion in writing.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? DeletionCertification { get; init; }

    /// <summary>Gets the bases on which data may be kept beyond the end.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<RetentionBasis> RetentionExceptions
    {
        get => _retentionExceptions.Items;
        init => _retentionExceptions = new(value, nameof(RetentionExceptions));
    }

    /// <summary>Gets whether the controller may suspend processing on a breach of the agreement (SCC 10(a)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ControllerMaySuspend { get; init; }

    /// <summary>Gets whether the controller may terminate on a breach of the agreement (SCC 10(b)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ControllerMayTerminate { get; init; }

    /// <summary>Gets the backup terms.</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public BackupTerms Backups { get; init => field = value ?? new(); } = new();

    private readonly EquatableArray<RetentionBasis> _retentionExceptions;
}
