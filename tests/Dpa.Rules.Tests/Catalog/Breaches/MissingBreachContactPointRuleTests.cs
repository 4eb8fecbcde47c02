using System.Collections.Immutable;
using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class MissingBreachContactPointRuleTests
{
    private static readonly MissingBreachContactPointRule Rule = new();

    [Fact]
    public void NoController_ReportsDPA7006()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA7006", finding.RuleId.ToString());
        Assert.Equal("$.parties.controllers", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void BlankAnnexContactInExecutedAgreement_ReportsDPA7006()
    {
        // Seed 001 Bijl.3: the controller's DPO/ISO contact is "*Naam", "*Email", "*Telefoon" — to be filled in by the controller.
        var agreement = WithControllers(new Party
        {
            Name = "Klant B.V.",
            Contacts = [BlankContact(ContactRole.DataProtectionOfficer)],
        });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.parties.controllers[0].contacts", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void BlankBreachContactInTemplate_ReportsDPA7006AsInfo()
    {
        // Seed 003 Bijl.1: the controller's "beslissingsbevoegde" is the breach contact, named in the filled-in copy.
        var agreement = WithControllers(
            new Party { Name = TextValue.Placeholder("[NAAM]"), Contacts = [BlankContact(ContactRole.Breach)] },
            AgreementStatus.Template);

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.parties.controllers[0].contacts", finding.Path);
        Assert.Equal(RuleSeverity.Info, finding.Severity);
    }

    [Fact]
    public void TemplateWithoutAnyContactField_ReportsDPA7006AsWarning()
    {
        var agreement = WithControllers(new Party { Name = TextValue.Placeholder("<bedrijfsnaam>") }, AgreementStatus.Template);

        Assert.Equal(RuleSeverity.Warning, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }

    [Fact]
    public void OnlyGeneralContact_ReportsDPA7006()
    {
        var agreement = WithControllers(new Party
        {
            Name = "Klant B.V.",
            Contacts = [new Contact { Role = ContactRole.General, Email = "info@klant.example" }],
        });

        Assert.Equal("$.parties.controllers[0].contacts", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void OnlyTheProcessorsContacts_ReportsDPA7006()
    {
        // Seed 002 Bijl.1: the DPO address given is the processor's; the controller names no contact.
        var agreement = TestAgreements.Minimal() with
        {
            Parties = new Parties
            {
                Controllers = [new Party { IdentifiedBy = "the company named on its subscription page" }],
                Processor = new Party
                {
                    Name = "Verwerker B.V.",
                    Contacts = [new Contact { Role = ContactRole.DataProtectionOfficer, Email = "dpo@verwerker.example" }],
                },
            },
        };

        Assert.Equal("$.parties.controllers[0].contacts", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void SecondControllerWithoutContact_ReportsDPA7006AtItsIndex()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Parties = new Parties
            {
                Controllers =
                [
                    new Party { Name = "Klant B.V.", Contacts = [new Contact { Role = ContactRole.Breach, Email = "security@klant.example" }] },
                    new Party { Name = "Dochter B.V." },
                ],
                Processor = new Party { Name = "Verwerker B.V." },
            },
        };

        Assert.Equal("$.parties.controllers[1].contacts", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Theory]
    [InlineData(ContactRole.Breach)]
    [InlineData(ContactRole.Privacy)]
    [InlineData(ContactRole.DataProtectionOfficer)]
    public void StatedControllerContact_DoesNotReportDPA7006(ContactRole role)
    {
        var agreement = WithControllers(new Party
        {
            Name = "Klant B.V.",
            Contacts = [BlankContact(ContactRole.General), new Contact { Role = role, Name = "J. Jansen", Email = TextValue.Placeholder("*Email") }],
        });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void StatedTelephoneOnly_DoesNotReportDPA7006()
    {
        // A breach hotline is a way to notify, as good as an address.
        var agreement = WithControllers(new Party
        {
            Name = "Klant B.V.",
            Contacts = [new Contact { Role = ContactRole.Breach, Phone = "+31 20 123 4567" }],
        });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    private static Contact BlankContact(ContactRole role) => new()
    {
        Role = role,
        Name = TextValue.Placeholder("*Naam"),
        Email = TextValue.Placeholder("*Email"),
        Phone = TextValue.Placeholder("*Telefoon"),
    };

    private static ProcessingAgreement WithControllers(Party controller, AgreementStatus status = AgreementStatus.Executed) =>
        TestAgreements.Minimal(status) with
        {
            Parties = new Parties { Controllers = ImmutableArray.Create(controller), Processor = new Party { Name = "Verwerker B.V." } },
        };
}
