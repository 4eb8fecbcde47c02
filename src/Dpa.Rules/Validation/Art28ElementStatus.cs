using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Validation;

/// <summary>How one agreement fares on one element of the GDPR Art. 28 checklist, with the rules behind the verdict.</summary>
/// <remarks><para>Immutable and thread-safe.</para></remarks>
public sealed class Art28ElementStatus
{
    internal Art28ElementStatus(Art28Element element, Art28Coverage coverage, ImmutableArray<RuleId> ruleIds, ImmutableArray<RuleId> gapRuleIds)
    {
        Element = element;
        Coverage = coverage;
        RuleIds = ruleIds;
        GapRuleIds = gapRuleIds;
    }

    /// <summary>Gets the checklist element.</summary>
    public Art28Element Element { get; }

    /// <summary>Gets whether the agreement covers the element.</summary>
    public Art28Coverage Coverage { get; }

    /// <summary>Gets the rules of the run that check the element, in id order.</summary>
    public ImmutableArray<RuleId> RuleIds { get; }

    /// <summary>Gets the rules with an active error- or warning-severity finding, in id order; empty unless <see cref="Coverage"/> is <see cref="Art28Coverage.Gap"/>.</summary>
    public ImmutableArray<RuleId> GapRuleIds { get; }
}
