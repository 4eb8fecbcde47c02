using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Dpa.Rules.Rules;

/// <summary>Describes a rule: its id, texts, category, default severity, legal basis and documentation (the Roslyn
/// <c>DiagnosticDescriptor</c> shape).</summary>
/// <remarks>
/// <para>Texts are resources in English with a Dutch translation; the properties give English, the <c>Get…</c> methods any
/// supported culture. Descriptors are created only through the internal factory, which derives <see cref="HelpUri"/> from
/// the id. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleDescriptor
{
    private readonly string _resourceName;

    internal RuleDescriptor(
        RuleId id,
        string resourceName,
        RuleSeverity defaultSeverity,
        bool isEnabledByDefault,
        ImmutableArray<LegalReference> legalReferences,
        LocalDate? effectiveFrom)
    {
        Id = id;
        _resourceName = resourceName;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        LegalReferences = legalReferences;
        EffectiveFrom = effectiveFrom;
        HelpUri = new Uri(RuleDescriptors.HelpBaseUri, $"{id}.md");
    }

    /// <summary>Gets the rule's id.</summary>
    public RuleId Id { get; }

    /// <summary>Gets the category, derived from the id's first digit.</summary>
    public RuleCategory Category => Id.Category;

    /// <summary>Gets the name of the rule's resources (<c>{Name}Title</c>, <c>{Name}Message</c>, <c>{Name}Description</c>): the rule type's name.</summary>
    public string Name => _resourceName;

    /// <summary>Gets the short title in English.</summary>
    public string Title => GetTitle(CultureInfo.InvariantCulture);

    /// <summary>Gets the message format in English; arguments are quoted in it (<c>'{0}'</c>).</summary>
    public string MessageFormat => GetMessageFormat(CultureInfo.InvariantCulture);

    /// <summary>Gets the longer description in English.</summary>
    public string Description => GetDescription(CultureInfo.InvariantCulture);

    /// <summary>Gets the severity a finding has unless configured otherwise.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>Gets whether the rule runs unless disabled.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Gets the link to the rule's documentation page (<c>docs/rules/{Id}.md</c>).</summary>
    public Uri HelpUri { get; }

    /// <summary>Gets the legal texts the rule rests on.</summary>
    public ImmutableArray<LegalReference> LegalReferences { get; }

    /// <summary>Gets the date from which the rule applies, when it encodes law that took effect later.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Gets the title in <paramref name="culture"/> (English or Dutch; others fall back to English).</summary>
    /// <param name="culture">The culture; <see langword="null"/> for English.</param>
    public string GetTitle(CultureInfo? culture) => RuleResources.Get(_resourceName + "Title", culture);

    /// <summary>Gets the message format in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for English.</param>
    public string GetMessageFormat(CultureInfo? culture) => RuleResources.Get(_resourceName + "Message", culture);

    /// <summary>Gets the description in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for English.</param>
    public string GetDescription(CultureInfo? culture) => RuleResources.Get(_resourceName + "Description", culture);

    /// <summary>Returns the id and title, e.g. <c>DPA4004: No right to object to a new sub-processor</c>.</summary>
    public override string ToString() => $"{Id}: {Title}";
}
