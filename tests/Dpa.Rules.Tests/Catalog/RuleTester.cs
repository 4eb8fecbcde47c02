using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog;

/// <summary>Runs one rule on one agreement with the Dpa.Rules.Testing package's <see cref="Testing.RuleTester"/>, as a host
/// tests its own rule, and returns its findings.</summary>
internal static class RuleTester
{
    /// <summary>The evaluation date of rule tests unless a test says otherwise.</summary>
    public static readonly LocalDate DefaultAsOf = new(2026, 11, 25);

    public static ImmutableArray<Finding> Run(
        IAgreementRule rule,
        ProcessingAgreement agreement,
        LocalDate? asOf = null,
        RuleThresholds? thresholds = null,
        CultureInfo? culture = null) =>
        Testing.RuleTester.Run(
            rule,
            agreement,
            asOf ?? DefaultAsOf,
            ValidationOptions.Default with { Thresholds = thresholds ?? RuleThresholds.Default, Culture = culture ?? CultureInfo.InvariantCulture }).Findings;
}
