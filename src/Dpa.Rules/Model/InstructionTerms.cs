using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The terms on instructions and confidentiality (GDPR Art. 28(3)(a), (b), last subparagraph, Art. 28(10)).</summary>
public sealed record InstructionTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets whether processing is limited to the controller's documented instructions (Art. 28(3)(a)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? DocumentedInstructionsOnly { get; init; }

    /// <summary>Gets the grounds on which the agreement lets the processor process without, or beyond, the controller's
    /// documented instructions (Art. 28(3)(a)).</summary>
    /// <remarks><para>Art. 28(3)(a) allows one: a requirement of Union or member-state law to which the processor is subject.
    /// Anything wider, such as purposes the processor may regard as related or its own judgement, is not.</para></remarks>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<InstructionCarveOut> Exceptions
    {
        get => _exceptions.Items;
        init => _exceptions = new(value, nameof(Exceptions));
    }

    /// <summary>Gets whether the instructions expressly cover transfers to third countries (Art. 28(3)(a)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? InstructionsCoverTransfers { get; init; }

    /// <summary>Gets whether the processor informs the controller of a legal requirement to process first (Art. 28(3)(a)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? LegalRequirementNotice { get; init; }

    /// <summary>Gets whether that notice comes before the processing, as Art. 28(3)(a) requires: <see langword="true"/> when the
    /// agreement says "before processing", <see langword="false"/> when it lets the notice follow the processing.</summary>
    /// <value><see langword="null"/> when the agreement does not say when (e.g. only "as soon as possible").</value>
    public bool? LegalRequirementNoticeBeforeProcessing { get; init; }

    /// <summary>Gets how the processor tells the controller that an instruction infringes the law (Art. 28(3) last subparagraph).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public NoticeTerms? InfringingInstructionNotice { get; init; }

    /// <summary>Gets whether the processor is barred from using the data for its own purposes (Art. 28(10)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? OwnPurposesExcluded { get; init; }

    /// <summary>Gets the use of the personal data for the processor's own purposes that the agreement allows, such as improving
    /// its services or benchmarking (Art. 28(10)).</summary>
    /// <value><see langword="null"/> when the agreement allows none or does not say.</value>
    public ProcessorOwnUse? OwnUse { get; init; }

    /// <summary>Gets whether persons authorised to process are bound to confidentiality (Art. 28(3)(b)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? PersonnelConfidentiality { get; init; }

    private readonly EquatableArray<InstructionCarveOut> _exceptions;
}
