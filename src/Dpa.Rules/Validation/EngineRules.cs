using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog;

namespace Dpa.Rules.Validation;

/// <summary>The descriptors of category DPA0xxx: findings the validation engine reports about itself and its configuration.</summary>
/// <remarks><para>No <see cref="IAgreementRule"/> implements them: the engine reports them while running the other rules. They
/// have no legal basis of their own, so they carry no legal reference; otherwise they are descriptors like any other, with
/// resources, documentation pages and release-tracking lines.</para></remarks>
public static class EngineRules
{
    /// <summary>DPA0001: a rule threw; the finding names the rule and the exception type, and the other rules still run.</summary>
    public static readonly RuleDescriptor RuleFailed = RuleDescriptors.Create("DPA0001", nameof(RuleFailed), RuleSeverity.Warning);

    /// <summary>DPA0002: a suppression has expired; the finding it hid is reported again.</summary>
    public static readonly RuleDescriptor SuppressionExpired = RuleDescriptors.Create("DPA0002", nameof(SuppressionExpired), RuleSeverity.Warning);

    /// <summary>DPA0003: a severity override or suppression names a rule id that the rule set does not contain.</summary>
    public static readonly RuleDescriptor UnknownRuleId = RuleDescriptors.Create("DPA0003", nameof(UnknownRuleId), RuleSeverity.Warning);

    /// <summary>Gets every engine descriptor, in id order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } = [RuleFailed, SuppressionExpired, UnknownRuleId];
}
