using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

/// <summary>The seeds get the findings of this category that their texts call for (catalog-wide checks live in <see cref="CatalogHygieneTests"/>).</summary>
public sealed class SubProcessorRulesTests
{
    public static TheoryData<string, string[]> SeedExpectations => new()
    {
        // Seed 000: specific authorisation (5.2), written flow-down, liable "alsof hij zelf de fout(en) heeft begaan" (5.3).
        { "000-planning-nl.json", [] },
        // Seed 001: specific authorisation (8.1), full flow-down and "onverkort aansprakelijk" (8.3), EEA only (7.1).
        { "001-smart-production.json", [] },
        // Seed 002 4.4: the full list only on the processor's website (EDPB Opinion 22/2024: in the contract or an annex);
        // 4.1: objection "binnen 14 dagen na de kennisgeving" implies a notice but no advance period.
        { "002-simplicate.json", ["DPA4002 Warning $.subProcessing.listLocation", "DPA4003 Warning $.subProcessing.changeNotice"] },
        // Seed 003 5.1: informed of changes, no period; liability for sub-processors not stated. Bijl.1 gives Datto/Autotask
        // and Microsoft the processing region "EU" (encoded as the ISO reserved code EU), the others "Nederland": every
        // sub-processor's location is stated.
        {
            "003-analyst-template.json",
            [
                "DPA4003 Warning $.subProcessing.changeNotice.minimumPeriod",
                "DPA4006 Error $.subProcessing.processorFullyLiable",
            ]
        },
        // Seed 004 8.1: names on request only, informed when hired, and the customer "zal redelijkerwijs geen bezwaar maken"
        // once 8.2 is met (objection waived in advance); 8.2: only "relevante verplichtingen"; liability n/s.
        {
            "004-lets-develop.json",
            [
                "DPA4002 Error $.subProcessing.subProcessors",
                "DPA4003 Warning $.subProcessing.changeNotice.inAdvance",
                "DPA4004 Warning $.subProcessing.objectionRight.excludedWhenConditionsMet",
                "DPA4005 Warning $.subProcessing.flowDown",
                "DPA4006 Error $.subProcessing.processorFullyLiable",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(SeedExpectations))]
    public void SeedExample_GetsTheFindingsItsTextCallsFor(string file, string[] expected)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var found = SubProcessorRules.All
            .SelectMany(rule => RuleTester.Run(rule, agreement))
            .Select(f => $"{f.RuleId} {f.Severity} {f.Path}")
            .ToArray();

        Assert.Equal(expected, found);
    }
}
