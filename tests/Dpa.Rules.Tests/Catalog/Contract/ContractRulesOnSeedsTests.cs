using Dpa.Rules.Catalog.Contract;

namespace Dpa.Rules.Tests.Catalog.Contract;

/// <summary>The DPA1xxx rules on the five seed agreements: each finding is one a reviewer would raise on the text.</summary>
public sealed class ContractRulesOnSeedsTests
{
    [Fact]
    public void Seed000_ReportsDPA1001Only()
    {
        // Seed 000: no signature block and no date (digest "Fields left blank"); the controller is identified by reference
        // ("de wederpartij aan wie Verwerker diensten levert"); amendments by notice with a right to terminate (12.4).
        Assert.Equal(["DPA1001 Warning $.document.dateSigned"], SeedFindings.Findings("000-planning-nl", ContractRules.All));
    }

    [Fact]
    public void Seed001_ReportsDPA1001AndTheBlankBreachContacts()
    {
        // Seed 001: no signature block; Bijl.3's controller contacts are "*Naam", "*Email", "*Telefoon" ("Hier invoegen").
        string[] contact(int i) =>
        [
            $"DPA1003 Error $.parties.controllers[0].contacts[{i}].name",
            $"DPA1003 Error $.parties.controllers[0].contacts[{i}].email",
            $"DPA1003 Error $.parties.controllers[0].contacts[{i}].phone",
        ];

        Assert.Equal(
            ["DPA1001 Warning $.document.dateSigned", .. contact(0), .. contact(1)],
            SeedFindings.Findings("001-smart-production", ContractRules.All));
    }

    [Fact]
    public void Seed002_ReportsOnlyTheUnusedSignatureBlockAsInfo()
    {
        // Seed 002: accepted electronically and dated 04-09-2025 by the processor; the customer's block stays empty.
        Assert.Equal(
            [
                "DPA1003 Info $.document.signatures[1].signatory",
                "DPA1003 Info $.document.signatures[1].function",
                "DPA1003 Info $.document.signatures[1].place",
                "DPA1003 Info $.document.signatures[1].datePlaceholder",
            ],
            SeedFindings.Findings("002-simplicate", ContractRules.All));
    }

    [Theory]
    [InlineData("003-analyst-template")]
    [InlineData("004-lets-develop")]
    public void Templates_ReportTheirBlanksAsInfoOnly(string seed)
    {
        // Seeds 003 ("[NAAM]", "[ADRES]", …) and 004 ("<bedrijfsnaam>", "<adres>", …) are templates: blanks are expected.
        var findings = SeedFindings.Findings(seed, ContractRules.All);

        Assert.Contains("DPA1002 Info $.parties.controllers[0].name", findings);
        Assert.Contains("DPA1003 Info $.parties.controllers[0].name", findings);
        Assert.All(findings, f => Assert.Contains(" Info ", f, StringComparison.Ordinal));
    }
}
