using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Validation;

/// <summary>Composes single rules.</summary>
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
}
