using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Benchmarks.Comparison;

/// <summary>The catalog rules that the three-way comparison implements three times: Dpa.Rules, FluentValidation, hand-written C#.</summary>
/// <remarks><para>Rules whose conditions are plain property checks, so that each implementation is idiomatic for its kind:
/// rules that compute deadlines or consult adequacy data are left out, because a FluentValidation or hand-written copy of
/// them would have to call into this library anyway.</para></remarks>
internal static class SubsetRules
{
    public static readonly string[] Ids =
    [
        "DPA2001", "DPA2003", "DPA2004", "DPA2005", "DPA2006", "DPA2008",
        "DPA3001", "DPA3004", "DPA3006", "DPA3007",
        "DPA4001", "DPA4004", "DPA4005", "DPA4006",
        "DPA7001", "DPA7002", "DPA7005",
        "DPA8001", "DPA8002", "DPA8003", "DPA8004",
    ];

    public static RuleSet RuleSet { get; } = RuleSet.Default.Only(Ids.Select(RuleId.Parse));
}
