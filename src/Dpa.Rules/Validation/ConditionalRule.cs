using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Validation;

/// <summary>A rule that runs another rule only when a condition on the agreement holds.</summary>
internal sealed class ConditionalRule(IAgreementRule inner, Func<ProcessingAgreement, bool> predicate) : IAgreementRule
{
    /// <inheritdoc />
    public RuleDescriptor Descriptor => inner.Descriptor;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (predicate(agreement))
        {
            inner.Evaluate(agreement, context);
        }
    }
}
