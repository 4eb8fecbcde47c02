using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Dpa.Rules.Serialization;

/// <summary>What <see cref="JsonDocumentWalker"/> checks a document against: the serializer's own metadata, the limits, and
/// the member that holds the format version, if the format has one.</summary>
/// <remarks><para>Thread-safe: the caches fill once per type and property.</para></remarks>
internal sealed class JsonWalkSettings
{
    private readonly ConcurrentDictionary<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> _properties = new();
    private readonly ConcurrentDictionary<JsonPropertyInfo, JsonTypeInfo> _customConverters = new();

    /// <summary>Creates settings for documents of <paramref name="root"/>'s type, read with <paramref name="root"/>'s options.</summary>
    /// <param name="root">The metadata of the document's root object.</param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays accepted.</param>
    /// <param name="maxStringBytes">The longest string or property name accepted, in UTF-8 bytes as written.</param>
    /// <param name="versionName">The name of the root member that holds the format version, or <see langword="null"/>.</param>
    /// <param name="version">The format version accepted.</param>
    public JsonWalkSettings(JsonTypeInfo root, int maxDepth, int maxStringBytes, string? versionName = null, int version = 0)
    {
        Root = root;
        MaxDepth = maxDepth;
        MaxStringBytes = maxStringBytes;
        MaxStringKiB = (maxStringBytes / 1024).ToString(CultureInfo.InvariantCulture);
        VersionName = versionName;
        Version = version;
    }

    public JsonTypeInfo Root { get; }

    public JsonSerializerOptions Options => Root.Options;

    public int MaxDepth { get; }

    public int MaxStringBytes { get; }

    public string MaxStringKiB { get; }

    public string? VersionName { get; }

    public int Version { get; }

    /// <summary>Gets an object type's members by their JSON names.</summary>
    public Dictionary<string, JsonPropertyInfo> PropertiesOf(JsonTypeInfo info) =>
        _properties.GetOrAdd(info, static i => i.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal));

    /// <summary>Gets the metadata a member's value is read with: its type's, or one with the member's own converter.</summary>
    public JsonTypeInfo InfoOf(JsonPropertyInfo property) =>
        property.CustomConverter is null ? Options.GetTypeInfo(property.PropertyType) : _customConverters.GetOrAdd(property, WithConverter);

    private JsonTypeInfo WithConverter(JsonPropertyInfo property)
    {
        // The member's converter is put first in a copy of the options, so that its type resolves to it.
        var options = new JsonSerializerOptions(Options);
        options.Converters.Insert(0, property.CustomConverter!);
        options.MakeReadOnly();
        return options.GetTypeInfo(property.PropertyType);
    }
}
