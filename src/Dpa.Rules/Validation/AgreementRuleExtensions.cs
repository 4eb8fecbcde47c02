using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Validation;

/// <summary>Composes single rules, and runs one rule alone.</summary>
public static class AgreementRuleExtensions
{
    /// <summary>Returns a rule that runs <paramref name="rule"/> only for agreements that satisfy <paramref name="predicate"/>.</summary>
    /// <remarks><para>The result has the same descriptor. A predicate that throws is reported like a throwing rule (DPA0001).</para></remarks>
    /// <param name="rule">The rule.</param>
    /// <param name="predicate">The condition; pure and thread-safe.</param>
    /// <returns>The conditional rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IAgreementRule When(this IAgreementRule rule, Func<ProcessingAgreement, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(predicate);
        return new ConditionalRule(rule, predicate);
    }

    /// <summary>Runs <paramref name="rule"/> alone on <paramref name="agreement"/> as of <paramref name="asOf"/> and returns its
    /// findings, in the order it reported them: the way to unit-test a rule, the catalog's or a host's own.</summary>
    /// <remarks>
    /// <para>The rule sees what it sees in a validation: the agreement (with the status <see cref="ValidationOptions.Mode"/>
    /// forces), the date, the thresholds, the culture and the deadline engine of <paramref name="options"/>. Its findings get
    /// the configured severity overrides (<see cref="RuleSeverity.None"/> returns none). Unlike
    /// <see cref="AgreementValidator.Validate(ProcessingAgreement)"/>, nothing is isolated or suppressed: an exception of the
    /// rule reaches the caller, which is what a test wants to see.</para>
    /// </remarks>
    /// <param name="rule">The rule.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">The options; <see cref="ValidationOptions.Default"/> when <see langword="null"/>. Their
    /// <see cref="ValidationOptions.AsOf"/> is ignored in favour of <paramref name="asOf"/>.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="agreement"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> Check(this IAgreementRule rule, ProcessingAgreement agreement, LocalDate asOf, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(agreement);
        options ??= ValidationOptions.Default;
        return RuleRunner.RunOne(rule, AgreementValidator.InStatusOf(agreement, options.Mode), asOf, options);
    }
}
