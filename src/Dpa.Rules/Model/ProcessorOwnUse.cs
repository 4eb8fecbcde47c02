using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>The use of the personal data for the processor's own purposes that an agreement allows (GDPR Art. 28(10)).</summary>
/// <remarks><para>A processor that determines the purposes of a processing is a controller for that processing (Art. 28(10)).
/// Anonymising or aggregating personal data is itself a processing of them, so a use said to keep only anonymised results
/// is still recorded here, with <see cref="AnonymisedResults"/>.</para></remarks>
public sealed record ProcessorOwnUse
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the processor's own purposes named.</summary>
    /// <value>Empty when the agreement names none.</value>
    public ImmutableArray<ProcessorOwnPurpose> Purposes
    {
        get => _purposes.Items;
        init => _purposes = new(value, nameof(Purposes));
    }

    /// <summary>Gets whether the use is limited to personal data about the use of the services (logins, activity), rather
    /// than the personal data processed for the controller.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? UsageDataOnly { get; init; }

    /// <summary>Gets whether the agreement says only anonymised or aggregated results are kept or used.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? AnonymisedResults { get; init; }

    private readonly EquatableArray<ProcessorOwnPurpose> _purposes;
}
