using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The personal data breach terms (GDPR Art. 33(2), Art. 28(3)(f); SCC 2021/915 Clause 9).</summary>
public sealed record BreachTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether the processor must notify the controller of breaches.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? NotificationDuty { get; init; }

    /// <summary>Gets the limitations of the duty to some breaches only; GDPR Art. 33(2) applies it to every breach.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<BreachNotificationLimitation> Limitations
    {
        get => _limitations.Items;
        init => _limitations = new(value, nameof(Limitations));
    }

    /// <summary>Gets how promptly.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public Promptness? Promptness { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the outer deadline (e.g. <c>PT24H</c>).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? Deadline { get; init; }

    /// <summary>Gets the event from which the deadline runs.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public BreachTrigger? Trigger { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets whether the processor must give all the information the controller needs for its own notification to the
    /// supervisory authority, which covers the Art. 33(3) content by reference.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? AllInformationForNotification { get; init; }

    /// <summary>Gets the Art. 33(3) items the notification must contain.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<BreachContentItem> Content
    {
        get => _content.Items;
        init => _content = new(value, nameof(Content));
    }

    /// <summary>Gets a document outside the agreement whose requirements the notification's content follows (e.g. "the
    /// information the supervisory authority's notification form asks for").</summary>
    /// <value><see langword="null"/> when the agreement refers to none.</value>
    /// <remarks><para>A reference does not put the Art. 33(3) items in the agreement: they are recorded in
    /// <see cref="Content"/> only where the agreement lists them.</para></remarks>
    public TextValue? ContentReference { get; init; }

    /// <summary>Gets whether information may be given in phases (Art. 33(4)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? PhasedNotification { get; init; }

    /// <summary>Gets whether the processor must take measures to contain a breach and limit its consequences.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? RemediationDuty { get; init; }

    /// <summary>Gets whether the processor documents breaches.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? RecordsKept { get; init; }

    /// <summary>Gets how long breach records are kept.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public EndOfLifePeriod? RecordRetention { get; init; }

    /// <summary>Gets whether the processor may notify the supervisory authority or the data subjects itself, which GDPR
    /// Art. 33(1) and 34(1) leave to the controller; <see langword="false"/> when the agreement leaves it to the controller.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ProcessorMayNotifyAuthority { get; init; }

    /// <summary>Gets whether the controller must keep a breach confidential, or consult the processor before disclosing it,
    /// beyond what the law requires it to disclose.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ControllerConfidentiality { get; init; }

    private readonly EquatableArray<BreachNotificationLimitation> _limitations;
    private readonly EquatableArray<BreachContentItem> _content;
}
