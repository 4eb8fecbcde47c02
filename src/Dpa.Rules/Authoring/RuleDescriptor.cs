using System.Collections.Immutable;
using System.Globalization;
using System.Resources;
using System.Runtime.InteropServices;
using System.Text;
using Dpa.Rules.Utility;
using NodaTime;

namespace Dpa.Rules.Authoring;

/// <summary>Describes a rule: its id, texts, category, default severity, legal basis and documentation (the Roslyn
/// <c>DiagnosticDescriptor</c> shape).</summary>
/// <remarks>
/// <para>Texts of built-in rules are resources in English with a Dutch translation; the properties give English, the
/// <c>Get…</c> methods any supported culture. Built-in descriptors are created only through the internal factory, which
/// derives <see cref="HelpUri"/> from the id; host applications describe their own rules with
/// <see cref="Create(string, string, string, string, RuleSeverity, Uri, IEnumerable{LegalReference})"/>. Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class RuleDescriptor
{
    private readonly string _resourceName;

    // The resources of built-in rules; null for host rules, which carry literal texts instead.
    private readonly ResourceManager? _resources;

    // Host rules carry literal texts instead of resource names; null for built-in rules.
    private readonly string? _title;
    private readonly string? _messageFormat;
    private readonly string? _description;

    // The names of the message's arguments, read from the resources on first use; empty for host rules.
    private string[]? _messageArgumentNames;

    // The texts of the culture last asked for (built-in rules), and the message format parsed: a validation formats every
    // message in one culture, and a report asks for every finding's title.
    private CulturedText? _titleText;
    private CulturedText? _messageText;
    private CulturedText? _descriptionText;
    private CulturedFormat? _message;

    /// <summary>Creates a descriptor whose texts are resources: <c>{resourceName}Title</c>, <c>…Message</c>, <c>…Description</c>.</summary>
    internal RuleDescriptor(
        RuleId id,
        ResourceManager resources,
        string resourceName,
        RuleSeverity defaultSeverity,
        bool isEnabledByDefault,
        Uri helpUri,
        ImmutableArray<LegalReference> legalReferences,
        LocalDate? effectiveFrom)
    {
        Id = id;
        _resources = resources;
        _resourceName = resourceName;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        HelpUri = helpUri;
        LegalReferences = legalReferences;
        EffectiveFrom = effectiveFrom;
    }

    private RuleDescriptor(
        RuleId id,
        string title,
        string messageFormat,
        string description,
        RuleSeverity defaultSeverity,
        bool isEnabledByDefault,
        Uri helpUri,
        ImmutableArray<LegalReference> legalReferences)
    {
        Id = id;
        _resourceName = id.ToString();
        _title = title;
        _messageFormat = messageFormat;
        _description = description;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        HelpUri = helpUri;
        LegalReferences = legalReferences;
    }

    /// <summary>Gets the rule's id.</summary>
    public RuleId Id { get; }

    /// <summary>Gets the category, derived from the id's first digit.</summary>
    public RuleCategory Category => Id.Category;

    /// <summary>Gets the name of the rule's resources (<c>{Name}Title</c>, <c>{Name}Message</c>, <c>{Name}Description</c>): the rule type's name;
    /// for a host rule, its id.</summary>
    public string Name => _resourceName;

    /// <summary>Gets the short title in English.</summary>
    public string Title => GetTitle(CultureInfo.InvariantCulture);

    /// <summary>Gets the message format in English, a composite format for <see cref="string.Format(IFormatProvider, string, object[])"/>.</summary>
    /// <remarks><para>Built-in messages quote only names (their arguments quote themselves); periods, dates and numbers are
    /// never quoted.</para></remarks>
    public string MessageFormat => GetMessageFormat(CultureInfo.InvariantCulture);

    /// <summary>Gets the message template in English: the message format with its arguments named, for people to read,
    /// e.g. <c>… notified sufficiently in advance: {notice}; at least {minimum} in advance is expected</c>.</summary>
    /// <remarks><para>Built-in rules name the arguments of their message in the resource <c>{Name}MessageArguments</c>
    /// (the names by index, comma-separated, the same in every language); a host rule's template is its message format.</para></remarks>
    public string MessageTemplate => GetMessageTemplate(CultureInfo.InvariantCulture);

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
    public string GetTitle(CultureInfo? culture) => _title ?? GetText("Title", culture, ref _titleText);

    /// <summary>Gets the message format in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for English.</param>
    public string GetMessageFormat(CultureInfo? culture) => _messageFormat ?? GetText("Message", culture, ref _messageText);

    /// <summary>Gets the message format in <paramref name="culture"/>, parsed once for as long as that culture is asked for.</summary>
    internal CompositeFormat GetCompositeMessageFormat(CultureInfo culture)
    {
        if (Volatile.Read(ref _message) is { } cached && ReferenceEquals(cached.Culture, culture))
        {
            return cached.Format;
        }

        var format = CompositeFormat.Parse(GetMessageFormat(culture));
        Volatile.Write(ref _message, new CulturedFormat(culture, format));
        return format;
    }

    /// <summary>Gets the message template in <paramref name="culture"/>: the message format with its arguments named
    /// (<c>{minimum}</c> instead of <c>{1}</c>).</summary>
    /// <param name="culture">The culture; <see langword="null"/> for English.</param>
    public string GetMessageTemplate(CultureInfo? culture) => NameArguments(GetMessageFormat(culture), MessageArgumentNames);

    /// <summary>Gets the names of the message's arguments by index, e.g. <c>notice</c> and <c>minimum</c>; empty for a host rule.</summary>
    internal ImmutableArray<string> MessageArgumentNames =>
        ImmutableCollectionsMarshal.AsImmutableArray(_messageArgumentNames ??= ReadMessageArgumentNames());

    /// <summary>Gets the description in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for English.</param>
    public string GetDescription(CultureInfo? culture) => _description ?? GetText("Description", culture, ref _descriptionText);

    /// <summary>Gets whether the descriptor belongs to a host application's rule rather than to the built-in catalog.</summary>
    public bool IsHostRule => _title is not null;

    /// <summary>Creates the descriptor of a host application's own rule, with literal (not localized) texts and a help page the host supplies.</summary>
    /// <remarks>
    /// <para>Host rules use the ids <c>DPAn900</c>–<c>DPAn999</c> of categories 1–9: the built-in catalog never numbers a rule
    /// there, so a host rule cannot collide with a rule added by a later version of the library, and its first digit still
    /// says which part of the agreement it checks. <c>DPA0xxx</c> belongs to the engine.</para>
    /// </remarks>
    /// <param name="id">The id, <c>DPA</c> and four digits in a host range, e.g. <c>DPA4901</c>.</param>
    /// <param name="title">The short title.</param>
    /// <param name="messageFormat">The message format; quote names (<c>'{0}'</c>), not periods, dates or numbers.</param>
    /// <param name="description">The longer description.</param>
    /// <param name="defaultSeverity">The default severity; not <see cref="RuleSeverity.None"/>.</param>
    /// <param name="helpUri">An absolute link to the rule's documentation.</param>
    /// <param name="legalReferences">The legal basis, if any (a house policy may have none).</param>
    /// <returns>The descriptor, enabled by default.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="id"/> is not <c>DPA</c> and four digits.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is outside the host ranges, a text is blank, or <paramref name="helpUri"/> is relative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultSeverity"/> is <see cref="RuleSeverity.None"/> or undefined.</exception>
    public static RuleDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string description,
        RuleSeverity defaultSeverity,
        Uri helpUri,
        params IEnumerable<LegalReference> legalReferences)
    {
        var ruleId = RuleId.Parse(id);
        Preconditions.CheckArgument(
            ruleId.Category != RuleCategory.Engine && ruleId.Number % 1000 >= RuleId.FirstHostNumberInCategory,
            nameof(id),
            $"Host rule ids must be DPAn900 to DPAn999 with n from 1 to 9 (e.g. DPA4901); '{id}' is reserved for the built-in catalog or the engine.");
        Preconditions.CheckNotBlank(title);
        Preconditions.CheckNotBlank(messageFormat);
        Preconditions.CheckNotBlank(description);
        Preconditions.CheckDefined(defaultSeverity);
        if (defaultSeverity == RuleSeverity.None)
        {
            throw new ArgumentOutOfRangeException(nameof(defaultSeverity), defaultSeverity, "A rule's default severity must not be None.");
        }

        ArgumentNullException.ThrowIfNull(helpUri);
        Preconditions.CheckArgument(helpUri.IsAbsoluteUri, nameof(helpUri), "The help link must be an absolute URI.");
        ArgumentNullException.ThrowIfNull(legalReferences);
        var references = legalReferences.ToImmutableArray();
        foreach (var reference in references)
        {
            Preconditions.CheckArgument(reference is not null, nameof(legalReferences), "Legal references must not be null.");
        }

        return new RuleDescriptor(ruleId, title, messageFormat, description, defaultSeverity, isEnabledByDefault: true, helpUri, references);
    }

    // Identifiers, not words: the neutral resources hold the only list.
    private string[] ReadMessageArgumentNames() =>
        _resources?.GetString(_resourceName + "MessageArguments", CultureInfo.InvariantCulture) is { } names
            ? names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];

    // Replaces each format item {n}, {n,width} or {n:format} that has a name by {name}; escaped braces stay as they are.
    private static string NameArguments(string format, ImmutableArray<string> names)
    {
        if (names.IsEmpty)
        {
            return format;
        }

        var text = new StringBuilder(format.Length + 32);
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '{' && i + 1 < format.Length && format[i + 1] == '{')
            {
                text.Append("{{");
                i++;
                continue;
            }

            if (format[i] == '{')
            {
                var digits = i + 1;
                while (digits < format.Length && char.IsAsciiDigit(format[digits]))
                {
                    digits++;
                }

                var end = format.IndexOf('}', digits);
                if (digits > i + 1 && end > 0
                    && int.TryParse(format.AsSpan(i + 1, digits - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < names.Length)
                {
                    text.Append('{').Append(names[index]).Append('}');
                    i = end;
                    continue;
                }
            }

            text.Append(format[i]);
        }

        return text.ToString();
    }

    // A missing text is a bug of the catalog, which its hygiene tests catch. The text of the culture last asked for is kept:
    // a report asks for every finding's title, and the resource manager walks its culture fallback on every call.
    private string GetText(string kind, CultureInfo? culture, ref CulturedText? cache)
    {
        culture ??= CultureInfo.InvariantCulture;
        if (Volatile.Read(ref cache) is { } cached && ReferenceEquals(cached.Culture, culture))
        {
            return cached.Text;
        }

        var text = _resources!.GetString(_resourceName + kind, culture)
            ?? throw new MissingManifestResourceException($"Rule resource '{_resourceName}{kind}' is missing.");
        Volatile.Write(ref cache, new CulturedText(culture, text));
        return text;
    }

    private sealed record CulturedText(CultureInfo Culture, string Text);

    private sealed record CulturedFormat(CultureInfo Culture, CompositeFormat Format);

    /// <summary>Returns the id and title, e.g. <c>DPA4004: No right to object to a new sub-processor</c>.</summary>
    public override string ToString() => $"{Id}: {Title}";
}
