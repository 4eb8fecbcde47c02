using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class PlaceholderLeftInAgreementRuleTests
{
    private static readonly PlaceholderLeftInAgreementRule Rule = new();

    // Seed 004 (parties; signature; Bijl.1): the customer is "<bedrijfsnaam>", "<adres>", "<naam>"; the signature block
    // reads "[BEDRIJFSNAAM]" with a blank date; Bijl.1 has blank lines after "Naam" and "Adresgegevens".
    private static ProcessingAgreement LetsDevelop(AgreementStatus status) => TestAgreements.Minimal(status) with
    {
        Document = new AgreementDocument
        {
            Status = status,
            Signatures =
            [
                new Signature
                {
                    Role = PartyRole.Controller,
                    Signatory = TextValue.Placeholder("[BEDRIJFSNAAM]"),
                    DatePlaceholder = TextValue.Placeholder("_____"),
                },
            ],
        },
        Parties = new Parties
        {
            Controllers =
            [
                new Party
                {
                    Name = TextValue.Placeholder("<bedrijfsnaam>"),
                    Address = TextValue.Placeholder("<adres>"),
                    Contacts = [new Contact { Role = ContactRole.Representative, Name = TextValue.Placeholder("<naam>") }],
                },
            ],
            Processor = new Party { Name = "Let's Develop B.V.", Country = CountryCode.Netherlands },
        },
        Processing = new ProcessingDescription
        {
            PersonalData = ["Naam", "Adresgegevens", TextValue.Placeholder(string.Empty)],
        },
    };

    [Fact]
    public void ExecutedWithPlaceholders_ReportsDPA1003AtEachPath()
    {
        var findings = RuleTester.Run(Rule, LetsDevelop(AgreementStatus.Executed));

        Assert.All(findings, f => Assert.Equal("DPA1003", f.RuleId.ToString()));
        Assert.Equal(
            [
                ("$.document.signatures[0].signatory", RuleSeverity.Warning),
                ("$.document.signatures[0].datePlaceholder", RuleSeverity.Warning),
                ("$.parties.controllers[0].name", RuleSeverity.Error),
                ("$.parties.controllers[0].address", RuleSeverity.Error),
                ("$.parties.controllers[0].contacts[0].name", RuleSeverity.Error),
                ("$.processing.personalData[2]", RuleSeverity.Error),
            ],
            findings.Select(f => (f.Path, f.Severity)));
    }

    [Fact]
    public void MessageNamesThePathNotThePlaceholder_ReportsDPA1003()
    {
        var finding = RuleTester.Run(Rule, LetsDevelop(AgreementStatus.Executed))[2];

        Assert.Equal("A blank to fill in is left at $.parties.controllers[0].name", finding.Message);
        Assert.DoesNotContain("bedrijfsnaam", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DraftWithPlaceholders_ReportsDPA1003AsWarning()
    {
        var findings = RuleTester.Run(Rule, LetsDevelop(AgreementStatus.Draft));

        Assert.Equal(6, findings.Length);
        Assert.All(findings[..2], f => Assert.Equal(RuleSeverity.Info, f.Severity));
        Assert.All(findings[2..], f => Assert.Equal(RuleSeverity.Warning, f.Severity));
    }

    [Fact]
    public void ElectronicallyAcceptedWithBlankControllerSignature_ReportsDPA1003AsInfo()
    {
        // Seed 002: accepted electronically on the subscription page; the customer's signature block ("Te {plaatsnaam},
        // op d.d. ..-..-202..", Naam/Functie/Bedrijfsnaam) stays empty in the text. The unused block is information only.
        var agreement = TestAgreements.Minimal() with
        {
            Document = new AgreementDocument
            {
                Status = AgreementStatus.Executed,
                Form = AgreementForm.Electronic,
                DateSigned = new NodaTime.LocalDate(2025, 9, 4),
                Signatures =
                [
                    new Signature { Role = PartyRole.Processor, Signatory = "De heer P. Hager", SignedOn = new NodaTime.LocalDate(2025, 9, 4) },
                    new Signature
                    {
                        Role = PartyRole.Controller,
                        Signatory = TextValue.Placeholder(string.Empty),
                        Place = TextValue.Placeholder("{plaatsnaam}"),
                        DatePlaceholder = TextValue.Placeholder("..-..-202.."),
                    },
                ],
            },
        };

        var findings = RuleTester.Run(Rule, agreement);

        Assert.Equal(
            ["$.document.signatures[1].signatory", "$.document.signatures[1].place", "$.document.signatures[1].datePlaceholder"],
            findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Info, f.Severity));
    }

    [Fact]
    public void TemplateWithPlaceholders_ReportsDPA1003AsInfo()
    {
        var findings = RuleTester.Run(Rule, LetsDevelop(AgreementStatus.Template));

        Assert.Equal(6, findings.Length);
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Info, f.Severity));
    }

    [Fact]
    public void ExecutedWithSpecialDataChecklistToComplete_ReportsDPA1003()
    {
        // Seed 004 Bijl.1: a special-data checklist (including criminal data) still to be completed.
        var agreement = TestAgreements.Minimal() with
        {
            Processing = new ProcessingDescription
            {
                SensitiveData = new SensitiveDataTerms { SpecialCategories = DataPresence.Placeholder, CriminalData = DataPresence.Placeholder },
            },
        };

        Assert.Equal(
            ["$.processing.sensitiveData.specialCategories", "$.processing.sensitiveData.criminalData"],
            RuleTester.Run(Rule, agreement).Select(f => f.Path));
    }

    [Fact]
    public void ExecutedWithBlankLawCountryAndNationalNumbers_ReportsDPA1003()
    {
        // A blank is recorded, never guessed: "governed by the laws of [Member State]", a party's "Country: ____", and seed 004
        // Bijl.1's checklist item "BSN nummers" left for the customer to tick.
        var agreement = TestAgreements.Minimal() with
        {
            Document = new AgreementDocument { Status = AgreementStatus.Executed, GoverningLawPlaceholder = TextValue.Placeholder("[lidstaat]") },
            Parties = new Parties { Processor = new Party { Name = "Verwerker B.V.", CountryPlaceholder = TextValue.Placeholder("") } },
            Processing = new ProcessingDescription { SensitiveData = new SensitiveDataTerms { NationalIdentificationNumbers = DataPresence.Placeholder } },
        };

        Assert.Equal(
            ["$.document.governingLawPlaceholder", "$.parties.processor.countryPlaceholder", "$.processing.sensitiveData.nationalIdentificationNumbers"],
            RuleTester.Run(Rule, agreement).Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CountryFilledInBesideItsBlank_DoesNotReportDPA1003()
    {
        // The blank field is filled in: the country is stated, the recorded field text is no longer a blank.
        var agreement = TestAgreements.Minimal() with
        {
            Parties = new Parties { Processor = new Party { Name = "Verwerker B.V.", Country = CountryCode.Netherlands, CountryPlaceholder = "Land:" } },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void DateFilledIn_DoesNotReportDPA1003()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Document = new AgreementDocument
            {
                Status = AgreementStatus.Executed,
                Signatures = [new Signature { Role = PartyRole.Processor, Signatory = "P. Hager", SignedOn = new NodaTime.LocalDate(2025, 9, 4) }],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void FilledInAgreement_DoesNotReportDPA1003() =>
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal() with
        {
            Processing = new ProcessingDescription { SubjectMatter = "Online business software", PersonalData = ["Naam"] },
        }));
}
