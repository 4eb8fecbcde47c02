using System.Text.RegularExpressions;
using Dpa.Rules.Rules.Transfers;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Rules.Transfers;

/// <summary>The category list is complete and ordered, each docs example fires its rule, and the seeds get the findings their texts call for.</summary>
public sealed partial class TransferRulesTests
{
    public static TheoryData<string> RuleIds => [.. TransferRules.All.Select(r => r.Descriptor.Id.ToString())];

    [Fact]
    public void All_IsInIdOrderWithoutDuplicates()
    {
        var ids = TransferRules.All.Select(r => r.Descriptor.Id.ToString()).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal).Distinct(), ids);
        Assert.All(ids, id => Assert.StartsWith("DPA5", id, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocsExample_ReportsItsRule(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", id + ".md"));
        var example = ExampleBlock().Match(page[page.IndexOf("## Example that fires", StringComparison.Ordinal)..]);
        Assert.True(example.Success, "The docs page has no JSON example.");
        var rule = TransferRules.All.Single(r => r.Descriptor.Id.ToString() == id);

        var findings = RuleTester.Run(rule, AgreementJson.Parse(example.Groups[1].Value));

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(id, f.RuleId.ToString()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocsPage_IsTitledAndTrackedLikeTheRule(string id)
    {
        var rule = TransferRules.All.Single(r => r.Descriptor.Id.ToString() == id);
        var page = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", id + ".md"));
        var releases = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", "RulesReleases.Unshipped.md"));

        Assert.Equal($"# {id}: {rule.Descriptor.Title}", page[0]);
        Assert.Contains($"{id} | {rule.Descriptor.Category} | {rule.Descriptor.DefaultSeverity} | {rule.GetType().Name}", releases);
        Assert.NotEqual(rule.Descriptor.Title, rule.Descriptor.GetTitle(System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));
    }

    public static TheoryData<string, string[]> SeedExpectations => new()
    {
        // Seed 000 3.1: only in the Netherlands; SmartDC in NL.
        { "000-planning-nl.json", [] },
        // Seed 001 7.1: EEA only.
        { "001-smart-production.json", [] },
        // Seed 002 Bijl.2 §3: AWS Ireland, fallback Germany; 4.3 conditions for going outside are not transfers.
        { "002-simplicate.json", [] },
        // Seed 003 3.1: within the EEA, but outside the EU wherever "een passend beschermingsniveau" is ensured — the
        // processor's own judgement, no Chapter V mechanism — so neither the area nor a basis is fixed.
        { "003-analyst-template.json", ["DPA5001 Error $.locations.processing", "DPA5002 Error $.locations.permittedOutsideWhen[0]"] },
        // Seed 004 2.4: "in beginsel" in NL; for domain names and SSL certificates parties outside the EEA, no safeguard.
        { "004-lets-develop.json", ["DPA5001 Error $.locations.processing", "DPA5002 Error $.transfers[0].safeguard"] },
    };

    [Theory]
    [MemberData(nameof(SeedExpectations))]
    public void SeedExample_GetsTheFindingsItsTextCallsFor(string file, string[] expected)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var found = TransferRules.All
            .SelectMany(rule => RuleTester.Run(rule, agreement))
            .Select(f => $"{f.RuleId} {f.Severity} {f.Path}")
            .ToArray();

        Assert.Equal(expected, found);
    }

    [GeneratedRegex("```json\\s*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
