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

    private const int MaxDepth = 16;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly JsonTypeInfo<ValidationConfigurationDocument> Root =
        (JsonTypeInfo<ValidationConfigurationDocument>)Options.GetTypeInfo(typeof(ValidationConfigurationDocument));

    private static readonly JsonWalkSettings Format = new(Root, MaxDepth, MaxDocumentBytes);

    private static readonly JsonFormatError TooLarge = JsonFormatError.AtRoot(
        JsonFormatErrorKind.DocumentTooLarge, (MaxDocumentBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture));

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
    /// <remarks><para>The file is read as a stream and only up to the limit, so that a path to an endless source (a pipe, a
    /// device such as <c>/dev/zero</c>) costs no more than a file at the limit; a file system that reports no length (procfs)
    /// is read the same way.</para></remarks>
    public static ValidationOptions LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);

        // The limit, a byte-order mark and one byte more, which tells a document at the limit from one beyond it.
        var buffer = new byte[MaxDocumentBytes + 3 + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return Read(buffer.AsSpan(0, length), path);
    }

    private static ValidationOptions Read(ReadOnlySpan<byte> json, string? fileName)
    {
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        if (json.Length > MaxDocumentBytes)
        {
            throw new ConfigurationFormatException(TooLarge, fileName);
        }

        Exception? cause = null;
        try
        {
            if (JsonSerializer.Deserialize(json, Root) is { } document)
            {
                return ToOptions(document);
            }
        }
        catch (Exception ex) when (AgreementJsonReader.IsContentError(ex))
        {
            cause = ex;
        }

        // Only a document the serializer rejected is read again, to say what is wrong and where.
        var error = JsonDocumentWalker.Diagnose(json, Format, out _) ?? JsonFormatError.AtRoot(JsonFormatErrorKind.InvalidValue);
        throw new ConfigurationFormatException(error, fileName, cause);
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
        options.MakeReadOnly();
        return options;
    }
}
