using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Serialization;

/// <summary>The JSON shape of a validation configuration file (<c>docs/configuration.md</c>); every member may be left out.</summary>
internal sealed class ValidationConfigurationDocument
{
    /// <summary>Gets the schema link editors use; ignored.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public LocalDate? AsOf { get; init; }

    /// <summary>Gets <c>en</c> or <c>nl</c>, checked while reading.</summary>
    [JsonConverter(typeof(MessageCultureJsonConverter))]
    public string? Culture { get; init; }

    public ValidationMode? Mode { get; init; }

    public RuleSeverityOverrides? Severities { get; init; }

    public CategorySeverityOverrides? Categories { get; init; }

    /// <summary>Gets the suppressions; an element is never <see langword="null"/> (the serializer does not check elements).</summary>
    public ImmutableArray<SuppressionDocument>? Suppressions
    {
        get;
        init => field = value is { } items && items.Contains(null!) ? throw new ArgumentException("A suppression must not be null.", nameof(value)) : value;
    }

    public ThresholdsDocument? Thresholds { get; init; }
}

/// <summary>One suppression as the configuration file writes it.</summary>
internal sealed class SuppressionDocument
{
    public required RuleId RuleId { get; init; }

    public string? Path { get; init; }

    [JsonConverter(typeof(NonBlankStringJsonConverter))]
    public required string Justification { get; init; }

    public string? Approver { get; init; }

    public LocalDate? ExpiresOn { get; init; }
}

/// <summary>The thresholds the configuration file changes; the rest keep <see cref="RuleThresholds.Default"/>.</summary>
internal sealed class ThresholdsDocument
{
    public ContractualPeriod? DataSubjectRequestMargin { get; init; }

    public ContractualPeriod? SubProcessorNoticeMinimum { get; init; }

    public ContractualPeriod? BreachControllerMargin { get; init; }

    public ContractualPeriod? AuditIntervalMaximum { get; init; }

    public ContractualPeriod? DeletionPeriodMaximum { get; init; }
}

/// <summary>Severity overrides per rule id, read by <see cref="RuleSeverityMapJsonConverter"/>.</summary>
[JsonConverter(typeof(RuleSeverityMapJsonConverter))]
internal sealed class RuleSeverityOverrides(ImmutableDictionary<RuleId, RuleSeverity> items)
{
    public ImmutableDictionary<RuleId, RuleSeverity> Items { get; } = items;
}

/// <summary>Severity overrides per category, read by <see cref="CategorySeverityMapJsonConverter"/>.</summary>
[JsonConverter(typeof(CategorySeverityMapJsonConverter))]
internal sealed class CategorySeverityOverrides(ImmutableDictionary<RuleCategory, RuleSeverity> items)
{
    public ImmutableDictionary<RuleCategory, RuleSeverity> Items { get; } = items;
}
