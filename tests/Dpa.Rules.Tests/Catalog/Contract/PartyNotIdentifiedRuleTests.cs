using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class PartyNotIdentifiedRuleTests
{
    private static readonly PartyNotIdentifiedRule Rule = new();

    // Seed 003 (Partijen): the processor Analyst B.V., Eersel, KvK 71343652, represented by Frank Houtappels.
    private static readonly Party Analyst = new()
    {
        Name = "Analyst B.V.",
        Registration = "71343652",
        Country = CountryCode.Netherlands,
        Address = "Eersel",
        Representative = "Frank Houtappels",
    };

    // Seed 003 (Partijen): the controller is "[NAAM]", "[ADRES]", "[PLAATS]", "[KVK]", "[VERTEGENWOORDIGER]".
    private static readonly Party BlankController = new()
    {
        Name = TextValue.Placeholder("[NAAM]"),
        Address = TextValue.Placeholder("[ADRES]"),
        Registration = TextValue.Placeholder("[KVK]"),
        Representative = TextValue.Placeholder("[VERTEGENWOORDIGER]"),
    };

    private static ProcessingAgreement With(AgreementStatus status, params Party[] controllers) => TestAgreements.Minimal(status) with
    {
        Parties = new Parties { Controllers = [.. controllers], Processor = Analyst },
    };

    [Fact]
    public void ExecutedWithPlaceholderController_ReportsDPA1002()
    {
        var findings = RuleTester.Run(Rule, With(AgreementStatus.Executed, BlankController));

        Assert.All(findings, f => Assert.Equal("DPA1002", f.RuleId.ToString()));
        Assert.Equal(
            [
                ("$.parties.controllers[0].name", RuleSeverity.Error),
                ("$.parties.controllers[0].country", RuleSeverity.Warning),
                ("$.parties.controllers[0].contacts", RuleSeverity.Warning),
            ],
            findings.Select(f => (f.Path, f.Severity)));
    }

    [Fact]
    public void UnnamedControllerInMessage_ReportsDPA1002WithItsRole()
    {
        var finding = RuleTester.Run(Rule, With(AgreementStatus.Executed, BlankController))[0];

        Assert.Equal("$.parties.controllers[0].name", finding.Path);
        Assert.Equal("A party is not fully identified: the legal name of the controller is missing or left blank", finding.Message);
    }

    [Fact]
    public void TemplateWithPlaceholderController_ReportsDPA1002AsInfo()
    {
        // Seed 003 is a template: its blanks are meant to be filled in for each customer.
        var findings = RuleTester.Run(Rule, With(AgreementStatus.Template, BlankController));

        Assert.Equal(3, findings.Length);
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Info, f.Severity));
    }

    [Fact]
    public void DraftWithPlaceholderName_ReportsDPA1002AsWarning()
    {
        var finding = RuleTester.Run(Rule, With(AgreementStatus.Draft, BlankController))[0];

        Assert.Equal("$.parties.controllers[0].name", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void ExecutedWithoutController_ReportsDPA1002()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(AgreementStatus.Executed)));

        Assert.Equal("DPA1002", finding.RuleId.ToString());
        Assert.Equal("$.parties.controllers", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void ProcessorWithoutCountry_ReportsDPA1002()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Parties = new Parties
            {
                Controllers = [new Party { IdentifiedBy = "Bedrijfsnaam on the subscription page" }],
                Processor = Analyst with { Country = null },
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.parties.processor.country", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("'Analyst B.V.'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ControllerIdentifiedByReference_DoesNotReportDPA1002()
    {
        // Seed 002 (Partijen): the controller is the customer named in the 'Bedrijfsnaam' field of its subscription page;
        // the processor Simplicate Software B.V., Groningen, registration no. 59637781.
        var agreement = TestAgreements.Minimal() with
        {
            Parties = new Parties
            {
                Controllers = [new Party { IdentifiedBy = "the 'Bedrijfsnaam' field of the customer's subscription page" }],
                Processor = new Party
                {
                    Name = "Simplicate Software B.V.",
                    Registration = "59637781",
                    Country = CountryCode.Netherlands,
                    Contacts = [new Contact { Role = ContactRole.DataProtectionOfficer, Email = "dpo@blinqx.tech" }],
                },
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void FullyIdentifiedParties_DoesNotReportDPA1002()
    {
        var controller = new Party { Name = "Klant B.V.", Country = CountryCode.Netherlands, Contacts = [new Contact { Role = ContactRole.General, Name = "J. Jansen" }] };

        Assert.Empty(RuleTester.Run(Rule, With(AgreementStatus.Executed, controller)));
    }
}
