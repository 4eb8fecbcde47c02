using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace Dpa.Rules.Catalog;

/// <summary>Looks up rule texts in <c>Resources/RuleResources.resx</c> (English) and its Dutch satellite.</summary>
internal static class RuleResources
{
    // Texts already looked up, per name and culture: messages ask for the same few argument texts thousands of times, and
    // the resource manager walks its culture fallback on every call. Bounded by the resources times the cultures asked for.
    private static readonly ConcurrentDictionary<(string Name, CultureInfo Culture), string> Texts = new();

    /// <summary>Gets the resources of the built-in rules' texts.</summary>
    public static ResourceManager Manager { get; } = new("Dpa.Rules.Catalog.Resources.RuleResources", typeof(RuleResources).Assembly);

    /// <summary>Gets the text named <paramref name="name"/>; a missing text is a bug caught by the catalog hygiene tests.</summary>
    public static string Get(string name, CultureInfo? culture)
    {
        var key = (name, culture ?? CultureInfo.InvariantCulture);
        return Texts.TryGetValue(key, out var text) ? text : Texts.GetOrAdd(key, Lookup);
    }

    /// <summary>Gets whether a text exists in the neutral (English) resources.</summary>
    public static bool Exists(string name) => Manager.GetString(name, CultureInfo.InvariantCulture) is not null;

    private static string Lookup((string Name, CultureInfo Culture) key) =>
        Manager.GetString(key.Name, key.Culture)
        ?? throw new MissingManifestResourceException($"Rule resource '{key.Name}' is missing.");
}
