using Dpa.Rules.Authoring;
using NodaTime;

namespace Dpa.Rules.Catalog;

/// <summary>The one place that creates <see cref="RuleDescriptor"/>s, so that every descriptor gets its help link the same way.</summary>
internal static class RuleDescriptors
{
    /// <summary>The base of every rule's documentation page.</summary>
    public static readonly Uri HelpBaseUri = new("https://github.com/dpa-rules/Dpa.Rules/blob/main/docs/rules/");

    /// <summary>Creates a descriptor whose texts are the resources named after <paramref name="ruleName"/>.</summary>
    /// <param name="id">The rule id, e.g. <c>DPA4004</c>.</param>
    /// <param name="ruleName">The rule type's name, given with <c>nameof</c>; its resources are <c>{ruleName}Title</c>, <c>…Message</c>, <c>…Description</c>.</param>
    /// <param name="defaultSeverity">The default severity.</param>
    /// <param name="legalReferences">The legal basis; at least one.</param>
    public static RuleDescriptor Create(string id, string ruleName, RuleSeverity defaultSeverity, params LegalReference[] legalReferences) =>
        Create(id, ruleName, defaultSeverity, isEnabledByDefault: true, effectiveFrom: null, legalReferences);

    /// <summary>Creates a descriptor with every option.</summary>
    public static RuleDescriptor Create(
        string id,
        string ruleName,
        RuleSeverity defaultSeverity,
        bool isEnabledByDefault,
        LocalDate? effectiveFrom,
        params LegalReference[] legalReferences)
    {
        ArgumentNullException.ThrowIfNull(legalReferences);
        if (defaultSeverity == RuleSeverity.None)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultSeverity), defaultSeverity, "A rule's default severity must not be None.");
        }

        var ruleId = RuleId.Parse(id);
        return new RuleDescriptor(
            ruleId, RuleResources.Manager, ruleName, defaultSeverity, isEnabledByDefault, new Uri(HelpBaseUri, $"{ruleId}.md"), [.. legalReferences], effectiveFrom);
    }
}
