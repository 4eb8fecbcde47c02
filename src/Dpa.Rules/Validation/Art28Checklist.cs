using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Validation;

/// <summary>The elements a processor contract must contain under GDPR Art. 28(2)–(4), and how to judge an agreement on them from its findings.</summary>
/// <remarks>
/// <para>The checklist follows GDPR Art. 28: (2) authorisation of sub-processors and the opportunity to object; the items of the
/// (3) first subparagraph (subject-matter and duration, nature and purpose, type of personal data, categories of data subjects,
/// the controller's obligations and rights); points (3)(a)–(h); the (3) last subparagraph (immediate notice of an infringing
/// instruction); and (4) sub-processors' obligations and the processor's liability for them. Point (3)(d) requires respecting
/// the conditions of (2) and (4), so the rules citing those belong to it too.</para>
/// <para>An element is a <see cref="Art28Coverage.Gap"/> when any of its rules has an active (unsuppressed) error- or
/// warning-severity finding; <see cref="Art28Coverage.NotChecked"/> when no rule of the run checks it;
/// <see cref="Art28Coverage.NotApplicable"/> for Art. 28(4) when the agreement allows no sub-processors; otherwise
/// <see cref="Art28Coverage.Covered"/>. Info findings never make a gap; a rule that failed (DPA0001) makes a gap of its
/// elements, since it verified nothing. Thread-safe.</para>
/// </remarks>
public static class Art28Checklist
{
    /// <summary>Gets the elements, in the order of the article.</summary>
    public static ImmutableArray<Art28Element> Elements { get; } =
    [
        Element("28(2)", "Prior specific or general written authorisation of sub-processors; under general authorisation, notice of intended changes and the opportunity to object", "GDPR Art. 28(2)", [Gdpr("2")]),
        Element("28(3)-subject-matter-duration", "Subject-matter and duration of the processing", "GDPR Art. 28(3), first subparagraph", [], "DPA2001", "DPA2002"),
        Element("28(3)-nature-purpose", "Nature and purpose of the processing", "GDPR Art. 28(3), first subparagraph", [], "DPA2003", "DPA2004"),
        Element("28(3)-personal-data-types", "Type of personal data", "GDPR Art. 28(3), first subparagraph", [], "DPA2005"),
        Element("28(3)-data-subject-categories", "Categories of data subjects", "GDPR Art. 28(3), first subparagraph", [], "DPA2006"),
        Element("28(3)-controller-obligations-rights", "Obligations and rights of the controller", "GDPR Art. 28(3), first subparagraph", [], "DPA2007"),
        Element("28(3)(a)", "Processing only on documented instructions, including on transfers; notice of a legal requirement to process", "GDPR Art. 28(3)(a)", [Gdpr("3", "a")]),
        Element("28(3)(b)", "Persons authorised to process are committed to confidentiality", "GDPR Art. 28(3)(b)", [Gdpr("3", "b")]),
        Element("28(3)(c)", "All measures required by Art. 32", "GDPR Art. 28(3)(c)", [Gdpr("3", "c")]),
        Element("28(3)(d)", "The conditions of Art. 28(2) and 28(4) for engaging sub-processors", "GDPR Art. 28(3)(d)", [Gdpr("3", "d"), Gdpr("2"), Gdpr("4")]),
        Element("28(3)(e)", "Assistance with data subjects' requests (Chapter III)", "GDPR Art. 28(3)(e)", [Gdpr("3", "e")]),
        Element("28(3)(f)", "Assistance with Arts. 32–36 (security, breach notification, DPIA, prior consultation)", "GDPR Art. 28(3)(f)", [Gdpr("3", "f")]),
        Element("28(3)(g)", "Deletion or return at the controller's choice after the end of the services, and deletion of existing copies", "GDPR Art. 28(3)(g)", [Gdpr("3", "g")]),
        Element("28(3)(h)", "All information necessary to demonstrate compliance; audits, including inspections, by the controller or a mandated auditor", "GDPR Art. 28(3)(h)", [Gdpr("3", "h")]),
        Element("28(3)-last-subparagraph", "Immediate notice to the controller of an instruction that infringes data-protection law", "GDPR Art. 28(3), last subparagraph", [], "DPA3004"),
        Element("28(4)", "The same data-protection obligations for sub-processors; the processor remains fully liable for them", "GDPR Art. 28(4)", [Gdpr("4")]),
    ];

    /// <summary>Judges one agreement on every element from its validation report.</summary>
    /// <param name="agreement">The agreement validated.</param>
    /// <param name="report">Its report: active and suppressed findings, and the rules that ran.</param>
    /// <returns>One status per element of <see cref="Elements"/>, in the same order.</returns>
    public static ImmutableArray<Art28ElementStatus> Evaluate(ProcessingAgreement agreement, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Evaluate(agreement, report.Findings.Concat(report.SuppressedFindings), report.Rules);
    }

    /// <summary>Judges one agreement on every element from the findings of a validation.</summary>
    /// <param name="agreement">The agreement validated.</param>
    /// <param name="findings">Its findings, suppressed ones included.</param>
    /// <param name="rules">Every rule of the run's rule set: an element none of them checks is <see cref="Art28Coverage.NotChecked"/>.</param>
    /// <returns>One status per element of <see cref="Elements"/>, in the same order.</returns>
    public static ImmutableArray<Art28ElementStatus> Evaluate(ProcessingAgreement agreement, IEnumerable<Finding> findings, IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(rules);
        return Evaluate(agreement, findings, Members(rules));
    }

    /// <summary>Gets, per element, the rules among <paramref name="rules"/> that check it, in id order: what
    /// <see cref="Evaluate(ProcessingAgreement, IEnumerable{Finding}, IEnumerable{RuleDescriptor})"/> computes per call, for a
    /// report over many agreements validated with one rule set to compute once.</summary>
    internal static ImmutableArray<ImmutableArray<RuleId>> Members(IEnumerable<RuleDescriptor> rules)
    {
        var ruleList = rules.ToList();
        return [.. Elements.Select(element => ruleList.Where(element.Includes).Select(r => r.Id).Distinct().Order().ToImmutableArray())];
    }

    /// <summary>Judges one agreement on every element, given each element's rules (<see cref="Members"/>).</summary>
    internal static ImmutableArray<Art28ElementStatus> Evaluate(ProcessingAgreement agreement, IEnumerable<Finding> findings, ImmutableArray<ImmutableArray<RuleId>> members)
    {
        var gapIds = findings
            .Where(f => !f.IsSuppressed && f.Severity is RuleSeverity.Error or RuleSeverity.Warning)
            .Select(GapRuleId)
            .Distinct()
            .Order()
            .ToImmutableArray();
        var result = ImmutableArray.CreateBuilder<Art28ElementStatus>(Elements.Length);
        for (var i = 0; i < Elements.Length; i++)
        {
            var element = Elements[i];
            var elementMembers = members[i];
            var gaps = gapIds.Where(elementMembers.Contains).ToImmutableArray();
            var coverage = IsNotApplicable(element, agreement) ? Art28Coverage.NotApplicable
                : elementMembers.IsEmpty ? Art28Coverage.NotChecked
                : gaps.IsEmpty ? Art28Coverage.Covered
                : Art28Coverage.Gap;
            result.Add(new Art28ElementStatus(element, coverage, elementMembers, coverage == Art28Coverage.Gap ? gaps : []));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Gets the element with <paramref name="id"/>, such as <c>28(3)(h)</c>.</summary>
    /// <param name="id">The element's id.</param>
    /// <exception cref="KeyNotFoundException">No element has that id.</exception>
    public static Art28Element Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var element in Elements)
        {
            if (string.Equals(element.Id, id, StringComparison.Ordinal))
            {
                return element;
            }
        }

        throw new KeyNotFoundException($"'{id}' is not an element of the Art. 28 checklist.");
    }

    // Art. 28(4) governs sub-processors the processor engages; an agreement that allows none engages none. Art. 28(2) still
    // applies: the prohibition is how the agreement meets it.
    private static bool IsNotApplicable(Art28Element element, ProcessingAgreement agreement) =>
        element.Id == "28(4)"
        && agreement.SubProcessing.Authorisation == SubProcessorAuthorisation.NotAllowed
        && agreement.SubProcessing.OtherAuthorisation is null or SubProcessorAuthorisation.NotAllowed;

    // A rule that threw (DPA0001, naming it in its "ruleId" fact) verified nothing: its elements must not count as covered.
    private static RuleId GapRuleId(Finding finding)
    {
        if (finding.RuleId == EngineRules.RuleFailed.Id)
        {
            foreach (var fact in finding.Facts)
            {
                if (fact.Name == "ruleId" && RuleId.TryParse(fact.Value, out var failed))
                {
                    return failed;
                }
            }
        }

        return finding.RuleId;
    }

    private static LegalReference Gdpr(string paragraph, string? point = null) => LegalReference.Gdpr("28", paragraph, point);

    private static Art28Element Element(string id, string title, string citation, LegalReference[] references, params string[] ruleIds) =>
        new(id, title, citation, [.. references], [.. ruleIds.Select(RuleId.Parse)]);
}
