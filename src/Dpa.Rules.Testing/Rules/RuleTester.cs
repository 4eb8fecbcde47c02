using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Testing;

/// <summary>Runs one rule — the catalog's or a host's own — on one agreement at a date, for a unit test.</summary>
/// <remarks>
/// <para>The rule runs as it would in a validation (<see cref="AgreementRuleExtensions.Check"/>): the same context, deadline
/// engine, thresholds and culture; an exception of the rule reaches the test. Assert on the result:</para>
/// <code>var rule = new MyBreachDeadlineRule();
/// RuleTester.Run(rule, AgreementBuilder.Compliant().Breach(b => b with { Deadline = null }), new LocalDate(2026, 1, 1))
///     .Reports(rule.Descriptor.Id, at: "$.breach.deadline");</code>
/// </remarks>
public static class RuleTester
{
    /// <summary>Runs <paramref name="rule"/> on <paramref name="agreement"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="agreement">The agreement (an <see cref="AgreementBuilder"/> converts).</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">Culture, thresholds, holiday calendar, mode and severity overrides; the defaults when <see langword="null"/>.</param>
    /// <returns>What the rule reported.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="agreement"/> is <see langword="null"/>.</exception>
    public static RuleTestResult Run(IAgreementRule rule, ProcessingAgreement agreement, LocalDate asOf, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleTestResult(rule.Descriptor, rule.Check(agreement, asOf, options));
    }
}
