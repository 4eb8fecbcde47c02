using System.Collections.Immutable;

namespace Dpa.Rules.Authoring;

/// <summary>Where the facts a finding judged come from in the contract: the clauses the agreement cites for them, or that
/// the fact is not stated at all.</summary>
/// <remarks>
/// <para>Read from the agreement's <c>clauses</c> (<see cref="Model.ClauseReferences"/>) when the finding is reported: the
/// nearest citation of the fact at the finding's path, then of the other facts the rule compared it with. A lawyer checks
/// a finding against the clause, or sees that the agreement is silent. Immutable and thread-safe.</para>
/// </remarks>
public sealed class FindingSource
{
    internal FindingSource(bool? factStated, ImmutableArray<string> clauses, ImmutableArray<string> relatedPaths)
    {
        FactStated = factStated;
        Clauses = clauses;
        RelatedPaths = relatedPaths;
    }

    /// <summary>Gets the source of findings that judge no fact of the agreement (the engine's own findings).</summary>
    public static FindingSource None { get; } = new(null, [], []);

    /// <summary>Gets whether the agreement states the fact at the finding's path: <see langword="false"/> when the rule
    /// found it not stated, <see langword="null"/> when the finding is about no single fact.</summary>
    public bool? FactStated { get; }

    /// <summary>Gets the clauses cited for the judged facts (the fact at the path first, then the related ones), each once;
    /// empty when the agreement cites none or the fact is not stated.</summary>
    public ImmutableArray<string> Clauses { get; }

    /// <summary>Gets the paths of the other facts the rule compared with the one at the finding's path.</summary>
    public ImmutableArray<string> RelatedPaths { get; }

    /// <summary>Returns <c>clause 7.1, 7.4</c>, <c>not stated</c>, <c>no clause cited</c>, or an empty string for no fact.</summary>
    public override string ToString() => FactStated switch
    {
        false when Clauses.IsEmpty => "not stated",
        null when Clauses.IsEmpty => string.Empty,
        _ when Clauses.IsEmpty => "no clause cited",
        _ => (Clauses.Length == 1 ? "clause " : "clauses ") + string.Join(", ", Clauses),
    };
}
