using System.Text.RegularExpressions;
using Dpa.Rules.Rules.EndOfProcessing;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Rules.EndOfProcessing;

/// <summary>The category list is complete and ordered, each docs example fires its rule, and the seeds get the findings their texts call for.</summary>
public sealed partial class EndOfProcessingRulesTests
{
    public static TheoryData<string> RuleIds => [.. EndOfProcessingRules.All.Select(r => r.Descriptor.Id.ToString())];

    [Fact]
    public void All_IsInIdOrderWithoutDuplicates()
    {
        var ids = EndOfProcessingRules.All.Select(r => r.Descriptor.Id.ToString()).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal).Distinct(), ids);
        Assert.All(ids, id => Assert.StartsWith("DPA9", id, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocsExample_ReportsItsRule(string id)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", id + ".md"));
        var example = ExampleBlock().Match(page[page.IndexOf("## Example that fires", StringComparison.Ordinal)..]);
        Assert.True(example.Success, "The docs page has no JSON example.");
        var rule = EndOfProcessingRules.All.Single(r => r.Descriptor.Id.ToString() == id);

        var findings = RuleTester.Run(rule, AgreementJson.Parse(example.Groups[1].Value));

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(id, f.RuleId.ToString()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocsPage_IsTitledAndTrackedLikeTheRule(string id)
    {
        var rule = EndOfProcessingRules.All.Single(r => r.Descriptor.Id.ToString() == id);
        var page = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", id + ".md"));
        var releases = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", "RulesReleases.Unshipped.md"));

        Assert.Equal($"# {id}: {rule.Descriptor.Title}", page[0]);
        Assert.Contains($"{id} | {rule.Descriptor.Category} | {rule.Descriptor.DefaultSeverity} | {rule.GetType().Name}", releases);
        Assert.NotEqual(rule.Descriptor.Title, rule.Descriptor.GetTitle(System.Globalization.CultureInfo.GetCultureInfo("nl-NL")));
    }

    public static TheoryData<string, string[]> SeedExpectations => new()
    {
        // Seed 000 12.3: deletion on first request, no return; App.1 §6: backups deleted two weeks after the retention
        // period ends; no confirmation of deletion.
        {
            "000-planning-nl.json",
            [
                "DPA9001 Error $.endOfProcessing.choice",
                "DPA9005 Warning $.endOfProcessing.backups.purgeAfterEnd",
                "DPA9006 Warning $.endOfProcessing.deletionCertification",
            ]
        },
        // Seed 001 14.4–14.5: copies not mentioned; deletion within 60 days but "Backuptermijn is 6 maanden" (Bijl.2 §2.6).
        {
            "001-smart-production.json",
            [
                "DPA9002 Error $.endOfProcessing.copiesDeleted",
                "DPA9005 Warning $.endOfProcessing.backups.retention",
                "DPA9006 Warning $.endOfProcessing.deletionCertification",
            ]
        },
        // Seed 002 2.3: export for one month, then deletion without keeping a copy; confirmation n/s.
        { "002-simplicate.json", ["DPA9006 Warning $.endOfProcessing.deletionCertification"] },
        // Seed 003 12.4: delete or return and delete copies, but no period and no confirmation.
        { "003-analyst-template.json", ["DPA9004 Warning $.endOfProcessing.deletion", "DPA9006 Warning $.endOfProcessing.deletionCertification"] },
        // Seed 004 9.3–9.4: handover within three months, deletion only on request; copies and confirmation n/s.
        {
            "004-lets-develop.json",
            [
                "DPA9002 Error $.endOfProcessing.copiesDeleted",
                "DPA9004 Warning $.endOfProcessing.deletion",
                "DPA9006 Warning $.endOfProcessing.deletionCertification",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(SeedExpectations))]
    public void SeedExample_GetsTheFindingsItsTextCallsFor(string file, string[] expected)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var found = EndOfProcessingRules.All
            .SelectMany(rule => RuleTester.Run(rule, agreement))
            .Select(f => $"{f.RuleId} {f.Severity} {f.Path}")
            .ToArray();

        Assert.Equal(expected, found);
    }

    [GeneratedRegex("```json\\s*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
