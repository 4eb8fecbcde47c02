using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
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

    /// <summary>Gets the longest string accepted, in KiB, as errors state it.</summary>
    public static string MaxStringKiB { get; } = (MaxStringBytes / 1024).ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the name of the member that holds the format version, as the format writes it.</summary>
    public static string FormatVersionName { get; } = AgreementJsonContext.Default.Options.PropertyNamingPolicy!.ConvertName(nameof(ProcessingAgreement.FormatVersion));

    /// <summary>Gets the options for writing, and the metadata the schema is exported from.</summary>
    public static JsonSerializerOptions Writing { get; } = Create(
        AgreementJsonContext.Default.WithAddedModifier(OmitEmptyArrays).WithAddedModifier(OmitEmptySections).WithAddedModifier(CheckCounts)
            .WithAddedModifier(CiteClauses));

    /// <summary>Gets the options for reading: the same metadata, with the format version required, <c>$schema</c> accepted and
    /// counts checked.</summary>
    public static JsonSerializerOptions Reading { get; } = Create(
        AgreementJsonContext.Default.WithAddedModifier(ReadThroughAccessors).WithAddedModifier(CheckCounts).WithAddedModifier(AcceptSchemaRequireVersion)
            .WithAddedModifier(CiteClauses));

    /// <summary>Gets the metadata of the root for reading.</summary>
    public static JsonTypeInfo<ProcessingAgreement> ReadingRoot { get; } = (JsonTypeInfo<ProcessingAgreement>)Reading.GetTypeInfo(typeof(ProcessingAgreement));

    private static JsonSerializerOptions Create(IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions(AgreementJsonContext.Default.Options)
        {
            // Agreements are data files, never embedded in HTML: keep Dutch and other non-ASCII text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
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

        options.MakeReadOnly();
        return options;
    }

    // The root's "$schema" is an editor's link to the schema, not part of the model: it is accepted (a string) and dropped.
    // The format version is required although the model has a default, so that a file always says which format it is in.
    private static void AcceptSchemaRequireVersion(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(ProcessingAgreement))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Name == FormatVersionName)
            {
                property.IsRequired = true;
            }
        }

        const string SchemaName = "$schema";
        // Made as the source generator makes members (JsonTypeInfo.CreateJsonPropertyInfo needs reflection, which AOT rules out).
        var schema = JsonMetadataServices.CreatePropertyInfo(typeInfo.Options, new JsonPropertyInfoValues<string>
        {
            IsProperty = true,
            IsPublic = true,
            DeclaringType = typeof(ProcessingAgreement),
            PropertyName = SchemaName,
            JsonPropertyName = SchemaName,
            Converter = new SchemaAddressJsonConverter(SchemaName),
            Getter = static _ => null,
            Setter = static (_, _) => { },
        });
        schema.IsSetNullable = false;
        schema.ShouldSerialize = static (_, _) => false;
        typeInfo.Properties.Insert(0, schema);
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

    // Source generation builds a type with init-only members through its constructor-parameter path: every value goes
    // through an object[] and the defaults of omitted members are lost (dotnet/runtime#84484). Reading instead creates the
    // empty object (its defaults applied) and sets each member read through its init accessor (ModelAccessors.g.cs,
    // generated from this metadata), about twice as fast. The serializer still checks required members and nullability.
    private static void ReadThroughAccessors(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || ModelAccessors.CreatorOf(typeInfo.Type) is not { } creator)
        {
            return;
        }

        var setters = new Action<object, object?>[typeInfo.Properties.Count];
        for (var i = 0; i < setters.Length; i++)
        {
            // A member the generated accessors do not know yet (the model changed, ModelAccessors.g.cs not regenerated,
            // which GeneratedModelCodeTests reports): the type keeps source generation's own path.
            if (ModelAccessors.SetterOf(typeInfo.Type, typeInfo.Properties[i].Name) is not { } setter)
            {
                return;
            }

            setters[i] = setter;
        }

        typeInfo.CreateObject = creator;
        for (var i = 0; i < setters.Length; i++)
        {
            typeInfo.Properties[i].Set = setters[i];
        }
    }

    // An object's "clauses" name its own members (or "*"); one converter per owner type knows which. Left out when none.
    private static void CiteClauses(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var clauses = typeInfo.Properties.FirstOrDefault(p => p.PropertyType == typeof(ClauseReferences));
        if (clauses is null)
        {
            return;
        }

        var members = typeInfo.Properties
            .Where(p => p != clauses && p.PropertyType != typeof(int) && p.Name != "$schema")
            .Select(p => p.Name)
            .ToImmutableArray();
        clauses.CustomConverter = new ClauseReferencesJsonConverter(members);
        clauses.ShouldSerialize = static (_, value) => value is ClauseReferences { IsEmpty: false };
    }

    // BackupTier.Count rejects negative numbers in its init accessor, where no path is known; check it while reading instead.
    private static void CheckCounts(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(BackupTier))
        {
            var name = typeInfo.Options.PropertyNamingPolicy!.ConvertName(nameof(BackupTier.Count));
            foreach (var property in typeInfo.Properties)
            {
                if (property.Name == name)
                {
                    property.CustomConverter = new NonNegativeCountJsonConverter();
                }
            }
        }
    }
}
