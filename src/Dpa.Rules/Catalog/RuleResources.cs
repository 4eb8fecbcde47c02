using System.Globalization;
using System.Resources;

namespace Dpa.Rules.Catalog;

/// <summary>Looks up rule texts in <c>Resources/RuleResources.resx</c> (English) and its Dutch satellite.</summary>
internal static class RuleResources
{
    /// <summary>Gets the resources of the built-in rules' texts.</summary>
    public static ResourceManager Manager { get; } = new("Dpa.Rules.Catalog.Resources.RuleResources", typeof(RuleResources).Assembly);

    /// <summary>Gets the text named <paramref name="name"/>; a missing text is a bug caught by the catalog hygiene tests.</summary>
    public static string Get(string name, CultureInfo? culture) =>
        Manager.GetString(name, culture ?? CultureInfo.InvariantCulture)
        ?? throw new MissingManifestResourceException($"Rule resource '{name}' is missing.");

    /// <summary>Gets whether a text exists in the neutral (English) resources.</summary>
    public static bool Exists(string name) => Manager.GetString(name, CultureInfo.InvariantCulture) is not null;
}
