using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Catalog.Transfers;

namespace Dpa.Rules.Catalog;

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
