using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The processor's assistance duties (GDPR Art. 28(3)(e), (f)).</summary>
public sealed record AssistanceTerms
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the assistance with data-subject requests (Art. 28(3)(e)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public DataSubjectAssistance? DataSubjectRequests { get; init; }

    /// <summary>Gets whether the processor assists with security of processing (Art. 32).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? Security { get; init; }

    /// <summary>Gets whether the processor assists with breach notification and communication (Arts. 33–34).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? BreachNotification { get; init; }

    /// <summary>Gets whether the processor assists with data protection impact assessments (Art. 35).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? ImpactAssessment { get; init; }

    /// <summary>Gets whether the processor assists with prior consultation of the authority (Art. 36).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? PriorConsultation { get; init; }

    /// <summary>Gets who pays for the assistance.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CostAllocation? Cost { get; init => field = Preconditions.CheckDefined(value); }
}
