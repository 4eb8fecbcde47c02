using Dpa.Rules.Utility;
using NodaTime;

namespace Dpa.Rules.Authoring;

/// <summary>An accepted finding: hides findings of one rule (optionally at one path) with a justification, an approver and an expiry.</summary>
/// <remarks><para>A justification is required: a suppression is a recorded decision, not a mute button. Once
/// <see cref="ExpiresOn"/> is before the evaluation date the suppression stops hiding its finding and is itself reported
/// (DPA0002).</para></remarks>
public sealed record Suppression
{
    /// <summary>Gets the rule whose findings are hidden.</summary>
    public required RuleId RuleId { get; init; }

    /// <summary>Gets the model path of the finding to hide (e.g. <c>$.audits</c>); <see langword="null"/> hides the rule's findings at every path.</summary>
    public string? Path { get; init; }

    /// <summary>Gets why the finding is accepted.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text.</exception>
    public required string Justification { get; init => field = Preconditions.CheckNotBlank(value); }

    /// <summary>Gets who approved the suppression.</summary>
    public string? Approver { get; init; }

    /// <summary>Gets the last day the suppression applies; <see langword="null"/> for no expiry.</summary>
    public LocalDate? ExpiresOn { get; init; }

    /// <summary>Gets whether the suppression still applies on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The evaluation date.</param>
    public bool IsActiveOn(LocalDate asOf) => ExpiresOn is not { } expiry || asOf <= expiry;

    /// <summary>Gets whether this suppression covers a finding of <paramref name="ruleId"/> at <paramref name="path"/>.</summary>
    /// <param name="ruleId">The finding's rule.</param>
    /// <param name="path">The finding's path.</param>
    public bool Covers(RuleId ruleId, string path) =>
        RuleId == ruleId && (Path is null || string.Equals(Path, path, StringComparison.Ordinal));
}
