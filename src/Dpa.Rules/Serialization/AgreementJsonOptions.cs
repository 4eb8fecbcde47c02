using System.Collections;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>The serializer options of the agreement format, and its limits.</summary>
internal static class AgreementJsonOptions
{
    /// <summary>The deepest nesting of objects and arrays accepted; a real agreement needs fewer than ten levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest document accepted: 16 MiB.</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The longest string or property name accepted, in UTF-8 bytes as written (escapes included): 1 MiB.</summary>
    public const int MaxStringBytes = 1024 * 1024;

    // A section with nothing stated is the same as an omitted one (the model's default), so it is left out too.
    private static readonly Dictionary<Type, object> EmptySections = new()
    {
        [typeof(ProcessingDescription)] = new ProcessingDescription(),
        [typeof(SensitiveDataTerms)] = new SensitiveDataTerms(),
        [typeof(InstructionTerms)] = new InstructionTerms(),
        [typeof(AssistanceTerms)] = new AssistanceTerms(),
        [typeof(SubProcessingTerms)] = new SubProcessingTerms(),
        [typeof(LocationTerms)] = new LocationTerms(),
        [typeof(SecurityTerms)] = new SecurityTerms(),
        [typeof(BreachTerms)] = new BreachTerms(),
        [typeof(AuditTerms)] = new AuditTerms(),
        [typeof(LiabilityTerms)] = new LiabilityTerms(),
        [typeof(EndOfProcessingTerms)] = new EndOfProcessingTerms(),
        [typeof(BackupTerms)] = new BackupTerms(),
        [typeof(AmendmentTerms)] = new AmendmentTerms(),
    };

    /// <summary>Gets the options for writing, and the metadata the schema is exported from.</summary>
    public static JsonSerializerOptions Writing { get; } = Create(reading: false);

    /// <summary>Gets the options for reading: writing's, plus converters that report exact paths and apply the model's defaults.</summary>
    public static JsonSerializerOptions Reading { get; } = Create(reading: true);

    private static JsonSerializerOptions Create(bool reading)
    {
        var options = new JsonSerializerOptions(AgreementJsonContext.Default.Options)
        {
            // Agreements are data files, never embedded in HTML: keep Dutch and other non-ASCII text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = AgreementJsonContext.Default.WithAddedModifier(OmitEmptyArrays).WithAddedModifier(OmitEmptySections).WithAddedModifier(CheckCounts),
        };
        options.Converters.Add(new TextValueJsonConverter());
        options.Converters.Add(new ContractualPeriodJsonConverter());
        options.Converters.Add(new CountryCodeJsonConverter());
        options.Converters.Add(new MoneyJsonConverter());
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new TimeZoneJsonConverter());
        foreach (var converter in AgreementEnums.Converters)
        {
            options.Converters.Add(converter);
        }

        if (reading)
        {
            options.Converters.Add(new ProcessingAgreementJsonConverter());
            options.Converters.Add(new AgreementDocumentJsonConverter());
            options.Converters.Add(new ProcessingDescriptionJsonConverter());
            options.Converters.Add(new EndOfProcessingTermsJsonConverter());
            options.Converters.Add(new NonNullArrayJsonConverter<TextValue>());
            options.Converters.Add(new NonNullArrayJsonConverter<Signature>());
            options.Converters.Add(new NonNullArrayJsonConverter<Party>());
            options.Converters.Add(new NonNullArrayJsonConverter<Contact>());
            options.Converters.Add(new NonNullArrayJsonConverter<Transfer>());
            options.Converters.Add(new NonNullArrayJsonConverter<ProcessingLocation>());
            options.Converters.Add(new NonNullArrayJsonConverter<SecurityMeasure>());
            options.Converters.Add(new NonNullArrayJsonConverter<Certification>());
            options.Converters.Add(new NonNullArrayJsonConverter<SubProcessor>());
            options.Converters.Add(new NonNullArrayJsonConverter<BackupTier>());
        }

        options.MakeReadOnly();
        return options;
    }

    // Empty collections are "none stated", the same as an omitted member: leaving them out keeps files short.
    private static void OmitEmptyArrays(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }

    private static void OmitEmptySections(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (!property.IsGetNullable && EmptySections.TryGetValue(property.PropertyType, out var empty))
            {
                property.ShouldSerialize = (_, value) => !empty.Equals(value);
            }
        }
    }

    // BackupTier.Count rejects negative numbers in its init accessor, where no path is known; check it while reading instead.
    private static void CheckCounts(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(BackupTier))
        {
            foreach (var property in typeInfo.Properties)
            {
                if (property.Name == "count")
                {
                    property.CustomConverter = new NonNegativeCountJsonConverter();
                }
            }
        }
    }
}
