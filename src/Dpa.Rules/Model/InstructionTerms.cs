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

    /// <summary>Gets whether the instructions expressly cover transfers to third countries (Art. 28(3)(a)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? InstructionsCoverTransfers { get; init; }

    /// <summary>Gets whether the processor informs the controller of a legal requirement to process first (Art. 28(3)(a)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? LegalRequirementNotice { get; init; }

    /// <summary>Gets how the processor tells the controller that an instruction infringes the law (Art. 28(3) last subparagraph).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public NoticeTerms? InfringingInstructionNotice { get; init; }

    /// <summary>Gets whether the processor is barred from using the data for its own purposes (Art. 28(10)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? OwnPurposesExcluded { get; init; }

    /// <summary>Gets whether persons authorised to process are bound to confidentiality (Art. 28(3)(b)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? PersonnelConfidentiality { get; init; }
}
