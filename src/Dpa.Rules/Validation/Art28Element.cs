using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Validation;

/// <summary>One element a processor contract must contain under GDPR Art. 28(2)–(4), and the rules that check it.</summary>
/// <remarks>
/// <para>A rule belongs to the element when one of its legal references is one of <see cref="References"/> (same instrument,
/// article, paragraph and point), or when its id is listed in <see cref="RuleIds"/>. The explicit ids serve the items of the
/// Art. 28(3) first subparagraph and its last subparagraph: rules cite those as "GDPR Art. 28(3)" without a point, which does
/// not say which item they check. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Art28Element
{
    internal Art28Element(string id, string title, string citation, ImmutableArray<LegalReference> references, ImmutableArray<RuleId> ruleIds)
    {
        Id = id;
        Title = title;
        Citation = citation;
        References = references;
        RuleIds = ruleIds;
    }

    /// <summary>Gets the element's stable key, e.g. <c>28(3)(h)</c> or <c>28(3)-subject-matter-duration</c>.</summary>
    public string Id { get; }

    /// <summary>Gets what the contract must contain, in English.</summary>
    public string Title { get; }

    /// <summary>Gets the citation, e.g. <c>GDPR Art. 28(3)(h)</c>.</summary>
    public string Citation { get; }

    /// <summary>Gets the legal references whose citing rules check the element.</summary>
    public ImmutableArray<LegalReference> References { get; }

    /// <summary>Gets the rules that check the element although their references do not single it out.</summary>
    public ImmutableArray<RuleId> RuleIds { get; }

    /// <summary>Gets whether the rule described by <paramref name="descriptor"/> checks this element.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    public bool Includes(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (RuleIds.Contains(descriptor.Id))
        {
            return true;
        }

        foreach (var cited in descriptor.LegalReferences)
        {
            foreach (var reference in References)
            {
                if (Matches(cited, reference))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Returns the id and title.</summary>
    public override string ToString() => $"{Id}: {Title}";

    // Compared without the URI: two citations of the same provision are the same provision.
    private static bool Matches(LegalReference cited, LegalReference reference) =>
        string.Equals(cited.Instrument, reference.Instrument, StringComparison.Ordinal)
        && string.Equals(cited.Article, reference.Article, StringComparison.Ordinal)
        && string.Equals(cited.Paragraph, reference.Paragraph, StringComparison.Ordinal)
        && string.Equals(cited.Point, reference.Point, StringComparison.Ordinal);
}
