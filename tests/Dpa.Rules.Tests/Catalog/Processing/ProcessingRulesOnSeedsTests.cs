using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Tests.Catalog.Contract;

namespace Dpa.Rules.Tests.Catalog.Processing;

/// <summary>The DPA2xxx rules on the five seed agreements.</summary>
public sealed class ProcessingRulesOnSeedsTests
{
    [Theory]
    [InlineData("000-planning-nl")]
    [InlineData("001-smart-production")]
    [InlineData("002-simplicate")]
    [InlineData("003-analyst-template")]
    [InlineData("004-lets-develop")]
    public void Seeds_DoNotReportDPA2xxx(string seed)
    {
        // Every seed describes subject-matter, nature, purposes, data and data subjects, and ties the duration to an
        // identified main agreement (000 12.2, 001 14.1, 002 2.2, 003 12.1, 004 9.1). Seed 004's fill-in annex still
        // lists "Naam" and "Adresgegevens" and is a template; none declares special-category or criminal data as present.
        Assert.Empty(SeedFindings.Findings(seed, ProcessingRules.All));
    }
}
