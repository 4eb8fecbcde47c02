using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Validation;

/// <summary>Everything about a validation that depends on the rule set, the options and the date but not on the agreement:
/// which rules run with which severities, the engine's configuration findings, the active suppressions and the clean report.</summary>
/// <remarks><para>Immutable; a validator keeps the plan of the options and date it last used.</para></remarks>
internal sealed class ValidationPlan
{
    private ValidationPlan(
        ValidationOptions options,
        LocalDate asOf,
        Action<ProcessingAgreement, RuleContext>[] evaluators,
        RuleDescriptor[] ruleDescriptors,
        RuleSeverity?[] severityOverrides,
        ImmutableArray<RuleDescriptor> descriptors,
        RuleSeverity? ruleFailedSeverity,
        Finding[] configurationFindings,
        Suppression[] activeSuppressions)
    {
        Options = options;
        AsOf = asOf;
        Evaluators = evaluators;
        RuleDescriptors = ruleDescriptors;
        SeverityOverrides = severityOverrides;
        Descriptors = descriptors;
        RuleFailedSeverity = ruleFailedSeverity;
        ConfigurationFindings = configurationFindings;
        ActiveSuppressions = activeSuppressions;
        CleanReport = new ValidationReport(asOf, [], [], descriptors);
    }

    public ValidationOptions Options { get; }

    public LocalDate AsOf { get; }

    /// <summary>The rules to run, in order, each bound once as a delegate to its <c>Evaluate</c>.</summary>
    /// <remarks><para>Calling each rule through the interface made every call site megamorphic (one implementation per
    /// rule), and the interface dispatches cost more than the checks of a typical rule on a clean agreement.</para></remarks>
    public Action<ProcessingAgreement, RuleContext>[] Evaluators { get; }

    /// <summary>The descriptors of <see cref="Evaluators"/>, by index.</summary>
    public RuleDescriptor[] RuleDescriptors { get; }

    /// <summary>The configured severities that replace whatever the rules of <see cref="Evaluators"/> report, by index.</summary>
    public RuleSeverity?[] SeverityOverrides { get; }

    /// <summary>The descriptors of every rule that can report in this plan, the engine's included.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    /// <summary>The severity of DPA0001 findings; <see langword="null"/> when DPA0001 is disabled.</summary>
    public RuleSeverity? RuleFailedSeverity { get; }

    /// <summary>DPA0002 and DPA0003 findings: they depend on the options and the date only.</summary>
    public Finding[] ConfigurationFindings { get; }

    public Suppression[] ActiveSuppressions { get; }

    /// <summary>The report of every validation with this plan that finds nothing: it depends on the plan only, and it is
    /// immutable, so it is shared rather than allocated per validation.</summary>
    public ValidationReport CleanReport { get; }

    public static ValidationPlan Create(RuleSet ruleSet, ValidationOptions options, LocalDate asOf)
    {
        var descriptors = ImmutableArray.CreateBuilder<RuleDescriptor>();
        foreach (var engineRule in EngineRules.All)
        {
            if (EffectiveSeverity(engineRule, options) is not null)
            {
                descriptors.Add(engineRule);
            }
        }

        var evaluators = new List<Action<ProcessingAgreement, RuleContext>>(ruleSet.Count);
        var ruleDescriptors = new List<RuleDescriptor>(ruleSet.Count);
        var severityOverrides = new List<RuleSeverity?>(ruleSet.Count);
        foreach (var rule in ruleSet.Rules)
        {
            var descriptor = rule.Descriptor;
            var severityOverride = options.SeverityOverrideFor(descriptor);
            var enabled = severityOverride is { } configured ? configured != RuleSeverity.None : descriptor.IsEnabledByDefault;
            if (enabled && !(descriptor.EffectiveFrom > asOf))
            {
                evaluators.Add(rule.Evaluate);
                ruleDescriptors.Add(descriptor);
                severityOverrides.Add(severityOverride);
                descriptors.Add(descriptor);
            }
        }

        return new ValidationPlan(
            options,
            asOf,
            [.. evaluators],
            [.. ruleDescriptors],
            [.. severityOverrides],
            descriptors.ToImmutable(),
            EffectiveSeverity(EngineRules.RuleFailed, options),
            CreateConfigurationFindings(ruleSet, options, asOf, out var active),
            active);
    }

    /// <summary>The severity of an engine finding, or <see langword="null"/> when the configuration disables it.</summary>
    public static RuleSeverity? EffectiveSeverity(RuleDescriptor engineRule, ValidationOptions options) =>
        (options.SeverityOverrideFor(engineRule) ?? engineRule.DefaultSeverity) is var severity && severity != RuleSeverity.None
            ? severity
            : null;

    // DPA0003 for ids no rule has, DPA0002 for suppressions that expired; the others are active.
    private static Finding[] CreateConfigurationFindings(RuleSet ruleSet, ValidationOptions options, LocalDate asOf, out Suppression[] active)
    {
        var culture = options.Culture;
        var findings = new List<Finding>();
        if (EffectiveSeverity(EngineRules.UnknownRuleId, options) is { } unknownSeverity)
        {
            foreach (var pair in options.RuleSeverities)
            {
                if (!IsKnown(ruleSet, pair.Key))
                {
                    findings.Add(UnknownRuleId(pair.Key, "ruleSeverities", unknownSeverity, culture));
                }
            }

            for (var i = 0; i < options.Suppressions.Length; i++)
            {
                if (!IsKnown(ruleSet, options.Suppressions[i].RuleId))
                {
                    findings.Add(UnknownRuleId(options.Suppressions[i].RuleId, $"suppressions[{i}]", unknownSeverity, culture));
                }
            }
        }

        var expiredSeverity = EffectiveSeverity(EngineRules.SuppressionExpired, options);
        var activeSuppressions = new List<Suppression>();
        foreach (var suppression in options.Suppressions)
        {
            if (suppression.IsActiveOn(asOf))
            {
                activeSuppressions.Add(suppression);
            }
            else if (expiredSeverity is { } severity)
            {
                var ruleId = suppression.RuleId.ToString();
                var expiredOn = LocalDatePattern.Iso.Format(suppression.ExpiresOn.GetValueOrDefault());
                findings.Add(EngineFindings.Create(
                    EngineRules.SuppressionExpired,
                    severity,
                    suppression.Path ?? AgreementPaths.Root,
                    [new FindingFact("suppressedRuleId", ruleId), new FindingFact("expiresOn", expiredOn)],
                    culture,
                    ruleId,
                    expiredOn));
            }
        }

        active = [.. activeSuppressions];
        return [.. findings];
    }

    private static Finding UnknownRuleId(RuleId id, string setting, RuleSeverity severity, CultureInfo culture)
    {
        var text = id.ToString();
        return EngineFindings.Create(EngineRules.UnknownRuleId, severity, AgreementPaths.Root, [new FindingFact("setting", setting)], culture, text);
    }

    private static bool IsKnown(RuleSet ruleSet, RuleId id) =>
        id.Category == RuleCategory.Engine ? EngineRules.All.Any(engine => engine.Id == id) : ruleSet.Contains(id);
}
