using System.Collections.Immutable;

namespace Dpa.Rules.Authoring;

/// <summary>One result of a rule: what is wrong, where in the agreement, how serious, and the facts behind it.</summary>
/// <remarks><para>Messages identify the clause, never its free-text contents: only party and sub-processor names are quoted.
/// Immutable and thread-safe.</para></remarks>
public sealed class Finding
{
    internal Finding(
        RuleDescriptor descriptor,
        RuleSeverity severity,
        string message,
        string path,
        ImmutableArray<FindingFact> facts,
        Suppression? suppression = null,
        FindingSource? source = null)
    {
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        Path = path;
        Facts = facts.IsDefault ? [] : facts;
        Suppression = suppression;
        Source = source ?? FindingSource.None;
    }

    /// <summary>Gets the descriptor of the rule that reported the finding.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Gets the rule's id.</summary>
    public RuleId RuleId => Descriptor.Id;

    /// <summary>Gets the effective severity, after configured overrides.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>Gets the localized message.</summary>
    public string Message { get; }

    /// <summary>Gets the JSON-path-style location in the model, e.g. <c>$.subProcessing.subProcessors[1].locations[0]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the facts behind the finding, such as computed dates.</summary>
    public ImmutableArray<FindingFact> Facts { get; }

    /// <summary>Gets where in the contract the judged facts come from: the clauses cited for them, or that the fact at
    /// <see cref="Path"/> is not stated.</summary>
    public FindingSource Source { get; }

    /// <summary>Gets the suppression that hides the finding, if any.</summary>
    public Suppression? Suppression { get; }

    /// <summary>Gets whether an active suppression hides the finding.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>Returns a copy with another severity.</summary>
    internal Finding WithSeverity(RuleSeverity severity) =>
        severity == Severity ? this : new Finding(Descriptor, severity, Message, Path, Facts, Suppression, Source);

    /// <summary>Returns a copy hidden by <paramref name="suppression"/>.</summary>
    internal Finding WithSuppression(Suppression suppression) =>
        new(Descriptor, Severity, Message, Path, Facts, suppression, Source);

    /// <summary>Returns <c>{Severity} {RuleId} at {Path}: {Message}</c>.</summary>
    public override string ToString() => $"{Severity} {RuleId} at {Path}: {Message}";
}
