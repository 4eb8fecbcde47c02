using Dpa.Rules.Rules.Contract;

namespace Dpa.Rules.Tests.Rules.Contract;

/// <summary>Each rule of the category fires on the example of its docs page.</summary>
public sealed class ContractRuleDocsTests
{
    public static TheoryData<string> Rules => [.. ContractRules.All.Select(r => r.Descriptor.Id.ToString())];

    [Theory]
    [MemberData(nameof(Rules))]
    public void DocsExample_ReportsTheRule(string id)
    {
        var rule = ContractRules.All.Single(r => r.Descriptor.Id.ToString() == id);

        var findings = RuleDocsExamples.Run(rule);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(rule.Descriptor.Id, f.RuleId));
    }
}
