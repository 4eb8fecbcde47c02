using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

/// <summary>The seeds get the findings of this category that their texts call for (catalog-wide checks live in <see cref="CatalogHygieneTests"/>).</summary>
public sealed class EndOfProcessingRulesTests
{
    public static TheoryData<string, string[]> SeedExpectations => new()
    {
        // Seed 000 12.3: deletion on first request, no return; no confirmation of deletion. App.1 §6 plans the backups'
        // purge "Twee weken na het verstrijken van deze bewaartermijn": the agreement's own bounded plan, so no DPA9005.
        {
            "000-planning-nl.json",
            [
                "DPA9001 Error $.endOfProcessing.choice",
                "DPA9006 Warning $.endOfProcessing.deletionCertification",
            ]
        },
        // Seed 001 14.4–14.5: copies not mentioned; deletion within 60 days, but Bijl.2 §2.6 keeps "11 maand-back-ups"
        // (the longest-lived copy, about 11 months) besides its 6-month backup period, with no purge provision.
        {
            "001-smart-production.json",
            [
                "DPA9002 Error $.endOfProcessing.copiesDeleted",
                "DPA9005 Warning $.endOfProcessing.backups.tiers[2].count",
                "DPA9006 Warning $.endOfProcessing.deletionCertification",
            ]
        },
        // Seed 002 2.3: export for one month, then deletion without keeping a copy; confirmation n/s.
        { "002-simplicate.json", ["DPA9006 Warning $.endOfProcessing.deletionCertification"] },
        // Seed 003 12.4: delete or return and delete copies, but no period and no confirmation.
        { "003-analyst-template.json", ["DPA9004 Warning $.endOfProcessing.deletion", "DPA9006 Warning $.endOfProcessing.deletionCertification"] },
        // Seed 004 9.3–9.4: handover within three months, then "volledig verwijderen" on request, copies not named (a
        // warning: complete deletion is there, but weaker than Art. 28(3)(g)'s "existing copies"); confirmation n/s.
        {
            "004-lets-develop.json",
            [
                "DPA9002 Warning $.endOfProcessing.copiesDeleted",
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
}
