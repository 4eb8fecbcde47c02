using Dpa.Rules.Rules.Instructions;
using Dpa.Rules.Tests.Rules.Contract;

namespace Dpa.Rules.Tests.Rules.Instructions;

/// <summary>Each rule of the category fires on the example of its docs page.</summary>
public sealed class InstructionsRuleDocsTests
{
    public static TheoryData<string> Rules => [.. InstructionRules.All.Select(r => r.Descriptor.Id.ToString())];

    [Theory]
    [MemberData(nameof(Rules))]
    public void DocsExample_ReportsTheRule(string id)
    {
        var rule = InstructionRules.All.Single(r => r.Descriptor.Id.ToString() == id);

        var findings = RuleDocsExamples.Run(rule);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(rule.Descriptor.Id, f.RuleId));
    }
}
