using System.Text.Json.Serialization;

namespace Dpa.Rules.Serialization;

/// <summary>Source-generated metadata for the validation configuration file: no reflection, so the library stays trimmable.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    MaxDepth = 16)]
[JsonSerializable(typeof(ValidationConfigurationDocument))]
internal sealed partial class ValidationConfigurationJsonContext : JsonSerializerContext;
