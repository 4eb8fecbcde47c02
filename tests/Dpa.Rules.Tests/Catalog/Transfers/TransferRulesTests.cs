using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Catalog.Transfers;

/// <summary>The seeds get the findings of this category that their texts call for (catalog-wide checks live in <see cref="CatalogHygieneTests"/>).</summary>
public sealed class TransferRulesTests
{
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
}
