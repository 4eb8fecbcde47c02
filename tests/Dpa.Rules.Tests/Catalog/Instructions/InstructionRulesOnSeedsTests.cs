using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Tests.Catalog.Contract;

namespace Dpa.Rules.Tests.Catalog.Instructions;

/// <summary>The DPA3xxx rules on the five seed agreements, as of the rule tests' default date 2026-11-25.</summary>
public sealed class InstructionRulesOnSeedsTests
{
    [Theory]
    // Seed 000: no clause on infringing instructions; breach (7.1) and DPIA (8.2) help, no prior consultation.
    [InlineData("000-planning-nl", new[] { "DPA3004 Error $.instructions.infringingInstructionNotice", "DPA3009 Warning $.assistance.priorConsultation" })]
    // Seed 001: 13.3 only concerns national implementing law and is not immediate; 5.7 covers Arts. 32–36.
    [InlineData("001-smart-production", new[] { "DPA3004 Error $.instructions.infringingInstructionNotice" })]
    // Seed 002: 3.5 "in ieder geval binnen één (1) maand" leaves the controller no day of its month.
    [InlineData("002-simplicate", new[] { "DPA3008 Warning $.assistance.dataSubjectRequests.responsePeriod" })]
    // Seed 003: 2.3 "onmiddellijk"; DPIA and prior consultation are not mentioned.
    [InlineData("003-analyst-template", new[] { "DPA3009 Warning $.assistance.impactAssessment", "DPA3009 Warning $.assistance.priorConsultation" })]
    // Seed 004: no clause on infringing instructions; 3.3 covers DPIA ("PIA's") and prior consultation.
    [InlineData("004-lets-develop", new[] { "DPA3004 Error $.instructions.infringingInstructionNotice" })]
    public void Seeds_ReportWhatAReviewerWouldRaise(string seed, string[] expected) =>
        Assert.Equal(expected, SeedFindings.Findings(seed, InstructionRules.All));
}
