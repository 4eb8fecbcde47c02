using System.Globalization;
using System.Text.RegularExpressions;
using Dpa.Rules.Rules.Contract;

namespace Dpa.Rules.Tests.Rules.Contract;

/// <summary>Each rule of the category has English and Dutch texts, a release-tracking line and a docs page whose example fires it.</summary>
public sealed class ContractRuleCatalogTests
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

    [Theory]
    [MemberData(nameof(Rules))]
    public void Texts_AreInEnglishAndDutch(string id)
    {
        var descriptor = ContractRules.All.Single(r => r.Descriptor.Id.ToString() == id).Descriptor;
        var dutch = CultureInfo.GetCultureInfo("nl-NL");

        Assert.NotEqual(descriptor.Title, descriptor.GetTitle(dutch));
        Assert.NotEqual(descriptor.MessageFormat, descriptor.GetMessageFormat(dutch));
        Assert.NotEqual(descriptor.Description, descriptor.GetDescription(dutch));
        Assert.Equal(
            Regex.Matches(descriptor.MessageFormat, @"\{\d\}").Select(m => m.Value).Order(),
            Regex.Matches(descriptor.GetMessageFormat(dutch), @"\{\d\}").Select(m => m.Value).Order());
        Assert.DoesNotMatch(@"(?<!')\{\d\}|\{\d\}(?!')", descriptor.MessageFormat);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ReleaseTracking_ListsTheRule(string id)
    {
        var descriptor = ContractRules.All.Single(r => r.Descriptor.Id.ToString() == id).Descriptor;
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", "RulesReleases.Unshipped.md"));

        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Name}", unshipped);
    }
}
