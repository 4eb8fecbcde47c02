using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A data processing agreement under GDPR Art. 28: the root of the model.</summary>
/// <remarks>
/// <para>Every fact is optional unless the law of the format requires it: a <see langword="null"/> property means the agreement does not state it, which the rules report as "not stated". Instances are immutable and thread-safe; equality is structural, collections included.</para>
/// </remarks>
public sealed record ProcessingAgreement
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the version of the JSON format the agreement was written in.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Gets the document facts: title, version, status, dates, law and zone.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required AgreementDocument Document { get; init => field = value ?? throw new ArgumentNullException(nameof(Document)); }

    /// <summary>Gets the controller(s) and the processor.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required Parties Parties { get; init => field = value ?? throw new ArgumentNullException(nameof(Parties)); }

    /// <summary>Gets the description of the processing (Art. 28(3) intro).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public ProcessingDescription Processing { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the terms on instructions and confidentiality (Art. 28(3)(a), (b) and last subparagraph).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public InstructionTerms Instructions { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the processor's assistance duties (Art. 28(3)(e), (f)).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public AssistanceTerms Assistance { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the terms on sub-processors (Art. 28(2), 28(3)(d), 28(4)).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public SubProcessingTerms SubProcessing { get; init => field = value ?? new(); } = new();

    /// <summary>Gets where the data are processed and the agreed location restriction (Chapter V).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public LocationTerms Locations { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the stated transfers and transfer exceptions outside the EEA (Arts. 44–49).</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<Transfer> Transfers
    {
        get => _transfers.Items;
        init => _transfers = new(value, nameof(Transfers));
    }

    /// <summary>Gets the security terms (Art. 28(3)(c), Art. 32).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public SecurityTerms Security { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the personal data breach terms (Art. 33(2), Art. 28(3)(f)).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public BreachTerms Breach { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the audit and compliance-information terms (Art. 28(3)(h)).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public AuditTerms Audits { get; init => field = value ?? new(); } = new();

    /// <summary>Gets the liability terms.</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public LiabilityTerms Liability { get; init => field = value ?? new(); } = new();

    /// <summary>Gets what happens at the end: return, deletion, retention and backups (Art. 28(3)(g)).</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public EndOfProcessingTerms EndOfProcessing { get; init => field = value ?? new(); } = new();

    /// <summary>Gets how the agreement may be amended.</summary>
    /// <value>An empty section (nothing stated) when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public AmendmentTerms Amendments { get; init => field = value ?? new(); } = new();

    /// <summary>The JSON format version this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    private readonly EquatableArray<Transfer> _transfers;
}
