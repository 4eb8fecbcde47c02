using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>Source-generated metadata for the agreement model: no reflection, so the library stays trimmable and AOT-compatible.</summary>
/// <remarks><para>Use it through <see cref="AgreementJsonOptions"/>, which adds the converters for the format's value encodings.</para></remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    MaxDepth = AgreementJsonOptions.MaxDepth)]
[JsonSerializable(typeof(ProcessingAgreement))]
internal sealed partial class AgreementJsonContext : JsonSerializerContext;
