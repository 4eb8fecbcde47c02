using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Serialization;

/// <summary>Loads validation options from a configuration file (<c>docs/configuration.md</c>): severity overrides per rule
/// and per category, suppressions, thresholds, the evaluation date, the status mode and the culture.</summary>
/// <remarks>
/// <para>Loading is strict like <see cref="AgreementJson"/>: unknown or duplicate properties, malformed rule ids, unknown names,
/// bad dates and periods and blank justifications are reported as one <see cref="ConfigurationFormatException"/> naming the
/// JSON path and line. A well-formed id that no rule has is accepted here and reported by the validator as DPA0003, so that a
/// configuration shared between versions of the catalog still loads. Members left out keep the values of
/// <see cref="ValidationOptions.Default"/>. Thread-safe.</para>
/// </remarks>
public static class ValidationConfigurationJson
{
    private const int MaxDocumentBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Reads options from UTF-8 JSON bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ConfigurationFormatException">The content is not a valid configuration.</exception>
    public static ValidationOptions Load(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, fileName: null);

    /// <summary>Reads options from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ConfigurationFormatException">The content is not a valid configuration.</exception>
    public static ValidationOptions Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), fileName: null);
    }

    /// <summary>Reads options from a UTF-8 JSON file; errors name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ConfigurationFormatException">The content is not a valid configuration, or the file is larger than 1 MiB.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ValidationOptions LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (new FileInfo(path).Length > MaxDocumentBytes)
        {
            throw new ConfigurationFormatException("The configuration is larger than the limit of 1 MiB.", "$", 1, 0, path);
        }

        return Read(File.ReadAllBytes(path), path);
    }

    private static ValidationOptions Read(ReadOnlySpan<byte> json, string? fileName)
    {
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new ConfigurationFormatException("The configuration is empty; write at least '{}'.", "$", 1, 0, fileName);
        }

        ValidationConfigurationDocument? document;
        try
        {
            var typeInfo = (JsonTypeInfo<ValidationConfigurationDocument>)Options.GetTypeInfo(typeof(ValidationConfigurationDocument));
            document = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException ex)
        {
            var failure = ex as JsonReadFailure;
            var path = (ex.Path ?? "$") + (failure?.RelativePath ?? string.Empty);
            var reason = failure?.Reason ?? AgreementJsonReader.Explain(failure?.Original ?? ex);
            throw new ConfigurationFormatException(reason, path, (ex.LineNumber ?? 0) + 1, ex.BytePositionInLine ?? 0, fileName, ex);
        }

        if (document is null)
        {
            throw new ConfigurationFormatException("The configuration must be a JSON object, not null.", "$", 1, 0, fileName);
        }

        return ToOptions(document);
    }

    private static ValidationOptions ToOptions(ValidationConfigurationDocument document)
    {
        var options = ValidationOptions.Default with
        {
            AsOf = document.AsOf,
            RuleSeverities = document.Severities?.Items ?? ValidationOptions.Default.RuleSeverities,
            CategorySeverities = document.Categories?.Items ?? ValidationOptions.Default.CategorySeverities,
        };
        if (document.Culture is { } culture)
        {
            options = options with { Culture = culture == "nl" ? CultureInfo.GetCultureInfo("nl") : CultureInfo.InvariantCulture };
        }

        if (document.Mode is { } mode)
        {
            options = options with { Mode = mode };
        }

        if (document.Thresholds is { } t)
        {
            var defaults = RuleThresholds.Default;
            options = options with
            {
                Thresholds = new RuleThresholds
                {
                    DataSubjectRequestMargin = t.DataSubjectRequestMargin ?? defaults.DataSubjectRequestMargin,
                    SubProcessorNoticeMinimum = t.SubProcessorNoticeMinimum ?? defaults.SubProcessorNoticeMinimum,
                    BreachControllerMargin = t.BreachControllerMargin ?? defaults.BreachControllerMargin,
                    AuditIntervalMaximum = t.AuditIntervalMaximum ?? defaults.AuditIntervalMaximum,
                    DeletionPeriodMaximum = t.DeletionPeriodMaximum ?? defaults.DeletionPeriodMaximum,
                },
            };
        }

        if (document.Suppressions is { } suppressions)
        {
            options = options with
            {
                Suppressions = [.. suppressions.Select(s => new Suppression
                {
                    RuleId = s.RuleId,
                    Path = s.Path,
                    Justification = s.Justification,
                    Approver = s.Approver,
                    ExpiresOn = s.ExpiresOn,
                })],
            };
        }

        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ValidationConfigurationJsonContext.Default.Options)
        {
            TypeInfoResolver = ValidationConfigurationJsonContext.Default,
        };
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new ContractualPeriodJsonConverter());
        options.Converters.Add(new RuleIdJsonConverter());
        options.Converters.Add(new EnumJsonConverter<ValidationMode>());
        options.Converters.Add(new NonNullArrayJsonConverter<SuppressionDocument>());
        options.MakeReadOnly();
        return options;
    }
}
