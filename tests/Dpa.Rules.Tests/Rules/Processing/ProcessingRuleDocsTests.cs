using Dpa.Rules.Rules.Processing;
using Dpa.Rules.Tests.Rules.Contract;

namespace Dpa.Rules.Tests.Rules.Processing;

/// <summary>Each rule of the category fires on the example of its docs page.</summary>
public sealed class ProcessingRuleDocsTests
{
    public static TheoryData<string> Rules => [.. ProcessingRules.All.Select(r => r.Descriptor.Id.ToString())];

    [Theory]
    [MemberData(nameof(Rules))]
    public void DocsExample_ReportsTheRule(string id)
    {
        var rule = ProcessingRules.All.Single(r => r.Descriptor.Id.ToString() == id);

        var findings = RuleDocsExamples.Run(rule);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(rule.Descriptor.Id, f.RuleId));
    }
}
