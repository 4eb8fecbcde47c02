using System.Globalization;

namespace Dpa.Rules.Catalog;

/// <summary>A word or phrase a rule passes as a message argument, taken from the rule resources in the language of the
/// message: <c>not stated</c> in an English message, <c>niet vermeld</c> in a Dutch one.</summary>
/// <remarks>
/// <para><see cref="string.Format(IFormatProvider, string, object[])"/> hands each <see cref="IFormattable"/> argument the
/// culture it formats with, which <c>RuleContext.Report</c> takes from the validation options: the argument thus follows
/// the message, and no English word or enum identifier ends up in a Dutch message. The texts are the resources named
/// <c>Argument…</c> (<see cref="ArgumentTexts"/> holds them all); a phrase may have arguments of its own, such as a period
/// or a date, formatted in the same culture.</para>
/// <para>Immutable and thread-safe. The texts without arguments are static, so passing one allocates nothing; the text is
/// looked up only when a message is built.</para>
/// </remarks>
internal sealed class ArgumentText : IFormattable
{
    private readonly object?[] _arguments;

    /// <summary>Creates the text of the resource <paramref name="resourceName"/>.</summary>
    /// <param name="resourceName">The resource's name, <c>Argument…</c>.</param>
    public ArgumentText(string resourceName)
        : this(resourceName, [])
    {
    }

    private ArgumentText(string resourceName, object?[] arguments)
    {
        ResourceName = resourceName;
        _arguments = arguments;
    }

    /// <summary>Gets the name of the resource that holds the text in each language.</summary>
    public string ResourceName { get; }

    /// <summary>Returns the phrase with its arguments (<c>{0}</c>, <c>{1}</c> in the resource), to be formatted in the
    /// message's culture too.</summary>
    /// <param name="arguments">The phrase's arguments: periods, dates, counts — never free text of the agreement.</param>
    public ArgumentText With(params object?[] arguments) => new(ResourceName, arguments);

    /// <summary>Gets the text in the language of <paramref name="formatProvider"/> (English or Dutch; others fall back to English).</summary>
    /// <param name="format">Ignored: a text has a single form.</param>
    /// <param name="formatProvider">The message's culture; <see langword="null"/> for the current culture.</param>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var culture = formatProvider is null ? CultureInfo.CurrentCulture : formatProvider as CultureInfo ?? CultureInfo.InvariantCulture;
        var text = RuleResources.Get(ResourceName, culture);
        return _arguments.Length == 0 ? text : string.Format(culture, text, _arguments);
    }

    /// <summary>Gets the text in English.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
}
