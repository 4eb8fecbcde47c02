using System.Collections.Immutable;
using Dpa.Rules.Rules.Audits;
using Dpa.Rules.Rules.Breaches;
using Dpa.Rules.Rules.Contract;
using Dpa.Rules.Rules.EndOfProcessing;
using Dpa.Rules.Rules.Instructions;
using Dpa.Rules.Rules.Processing;
using Dpa.Rules.Rules.Security;
using Dpa.Rules.Rules.SubProcessors;
using Dpa.Rules.Rules.Transfers;

namespace Dpa.Rules.Rules;

/// <summary>The catalog of built-in rules, listed explicitly (no reflection: the library is trimming- and AOT-safe).</summary>
internal static class RuleCatalog
{
    /// <summary>Gets every built-in agreement rule, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        .. ContractRules.All,
        .. ProcessingRules.All,
        .. InstructionRules.All,
        .. SubProcessorRules.All,
        .. TransferRules.All,
        .. SecurityRules.All,
        .. BreachRules.All,
        .. AuditRules.All,
        .. EndOfProcessingRules.All,
    ];
}
