using Dpa.Rules.Model;

namespace Dpa.Rules.Authoring;

/// <summary>A check of a processing agreement: one descriptor, one evaluation.</summary>
/// <remarks>
/// <para>Implementations are small, stateless and thread-safe: the same instance evaluates many agreements, possibly at once.
/// Findings go to the <see cref="RuleContext"/>, so a clean agreement costs no allocation. A rule that throws does not stop
/// validation: the engine reports it as <c>DPA0001</c> and goes on.</para>
/// </remarks>
public interface IAgreementRule
{
    /// <summary>Gets the rule's descriptor.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks <paramref name="agreement"/> and reports findings to <paramref name="context"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="context">Where findings go, with the evaluation date and thresholds.</param>
    void Evaluate(ProcessingAgreement agreement, RuleContext context);
}
