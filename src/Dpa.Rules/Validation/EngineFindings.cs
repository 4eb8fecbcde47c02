using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Validation;

/// <summary>Builds the findings the engine reports about itself (<see cref="EngineRules"/>).</summary>
internal static class EngineFindings
{
    /// <summary>DPA0001: <paramref name="rule"/> threw; the finding names the rule and the exception type, never its message or stack.</summary>
    public static Finding RuleFailed(RuleDescriptor rule, Exception exception, RuleSeverity severity, CultureInfo culture)
    {
        // The type only: an exception's message may echo agreement text, and its stack helps nobody reading a report.
        var type = exception.GetType().FullName ?? exception.GetType().Name;
        var id = rule.Id.ToString();
        return Create(
            EngineRules.RuleFailed,
            severity,
            AgreementPaths.Root,
            [new FindingFact("ruleId", id), new FindingFact("exceptionType", type)],
            culture,
            id,
            type);
    }

    /// <summary>Creates a finding of an engine descriptor with its message formatted in <paramref name="culture"/>.</summary>
    public static Finding Create(
        RuleDescriptor descriptor,
        RuleSeverity severity,
        string path,
        ImmutableArray<FindingFact> facts,
        CultureInfo culture,
        params ReadOnlySpan<object?> args) =>
        new(descriptor, severity, string.Format(culture, descriptor.GetMessageFormat(culture), args), path, facts);
}
