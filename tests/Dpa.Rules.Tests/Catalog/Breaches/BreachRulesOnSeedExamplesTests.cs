using Dpa.Rules.Catalog.Breaches;

namespace Dpa.Rules.Tests.Catalog.Breaches;

/// <summary>The DPA7xxx rules on the five seed agreements in <c>examples/</c>: each expectation is a reading of the seed text.</summary>
public sealed class BreachRulesOnSeedExamplesTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        // Seed 000 7.1: "binnen 24 uur nadat het lek bij hem bekend is geworden" — from awareness, leaving the controller 48
        // of its 72 hours; 7.2 "alleen als de gebeurtenis zich daadwerkelijk voorgedaan heeft" excludes suspicions but does
        // not move the start (docs/rules/DPA7003.md). 7.4 covers (a)-(d). The controller is unnamed and has no contact.
        {
            "000-planning-nl.json",
            ["DPA7006 Warning $.parties.controllers[0].contacts"]
        },

        // Seed 001 6.1-6.2: 24 hours from awareness, full content; Bijl.3's controller contacts "*Naam", "*Email" are blank.
        { "001-smart-production.json", ["DPA7006 Warning $.parties.controllers[0].contacts"] },

        // Seed 002 7.1: 48 hours from awareness leave the controller 24 of its 72; Bijl.1's DPO address is the processor's.
        {
            "002-simplicate.json",
            ["DPA7004 Warning $.breach.deadline 'PT48H'", "DPA7006 Warning $.parties.controllers[0].contacts"]
        },

        // Seed 003 9.1: 48 hours from discovery; Bijl.1 names the controller's "beslissingsbevoegde" as breach contact, to be
        // filled in — a template's blank, hence information.
        {
            "003-analyst-template.json",
            ["DPA7004 Warning $.breach.deadline 'PT48H'", "DPA7006 Info $.parties.controllers[0].contacts"]
        },

        // Seed 004 5.1-5.2: 24 hours; the content lists no contact point (33(3)(b)); the controller's only contact field is
        // its signatory.
        {
            "004-lets-develop.json",
            ["DPA7005 Warning $.breach.content 'b'", "DPA7006 Warning $.parties.controllers[0].contacts"]
        },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void SeedExample_ReportsWhatALawyerWould(string file, string[] expected)
    {
        Assert.Equal(expected, SeedExamples.Run(BreachRules.All, file));
    }
}
