using Dpa.Rules.Catalog.Audits;

namespace Dpa.Rules.Tests.Catalog.Audits;

/// <summary>The DPA8xxx rules on the five seed agreements in <c>examples/</c>: each expectation is a reading of the seed text.</summary>
public sealed class AuditRulesOnSeedExamplesTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        // Seed 000 10.1-10.2: an independent expert engaged by the controller, once a year.
        { "000-planning-nl.json", [] },

        // Seed 001 10.2-10.3: all relevant information on first request; a trustworthy third party, free of charge.
        { "001-smart-production.json", [] },

        // Seed 002 6.3: "eenmaal per twee (2) jaar", no exception for indications of non-compliance.
        { "002-simplicate.json", ["DPA8005 Warning $.audits.maximumFrequency 'P2Y'"] },

        // Seed 003 10.2-10.3: information only within an audit, and an audit only on a concrete, demonstrated suspicion.
        {
            "003-analyst-template.json",
            ["DPA8001 Error $.audits.informationDuty", "DPA8004 Warning $.audits.condition"]
        },

        // Seed 004 6.2-6.3: the customer or a third party it appoints, at most once per calendar year.
        { "004-lets-develop.json", [] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void SeedExample_ReportsWhatALawyerWould(string file, string[] expected)
    {
        Assert.Equal(expected, SeedExamples.Run(AuditRules.All, file));
    }
}
