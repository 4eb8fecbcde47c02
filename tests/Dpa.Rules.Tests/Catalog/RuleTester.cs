using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog;

/// <summary>Runs one rule on one agreement, as the engine would, and returns its findings.</summary>
internal static class RuleTester
{
    /// <summary>The evaluation date of rule tests unless a test says otherwise.</summary>
    public static readonly LocalDate DefaultAsOf = new(2026, 11, 25);

    public static ImmutableArray<Finding> Run(
        IAgreementRule rule,
        ProcessingAgreement agreement,
        LocalDate? asOf = null,
        RuleThresholds? thresholds = null,
        CultureInfo? culture = null)
    {
        var findings = new List<Finding>();
        var context = new RuleContext(agreement, asOf ?? DefaultAsOf, thresholds ?? RuleThresholds.Default, culture ?? CultureInfo.InvariantCulture, findings);
        context.BeginRule(rule.Descriptor);
        rule.Evaluate(agreement, context);
        return [.. findings];
    }
}
