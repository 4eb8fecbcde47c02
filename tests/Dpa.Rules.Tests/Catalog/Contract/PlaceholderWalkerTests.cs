using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class PlaceholderWalkerTests
{
    private static readonly TextValue X = TextValue.Placeholder("[X]");

    // Every TextValue of the model holds a placeholder; arrays hold two entries so that indices are checked.
    private static readonly ProcessingAgreement Everything = new()
    {
        Document = new AgreementDocument
        {
            Status = AgreementStatus.Executed,
            Title = X,
            Version = X,
            Forum = X,
            MainAgreement = X,
            Signatures =
            [
                new Signature { Role = PartyRole.Controller, Signatory = X, Function = X, Place = X, DatePlaceholder = X },
                new Signature { Role = PartyRole.Processor, DatePlaceholder = "..-..-202.." },
            ],
        },
        Parties = new Parties
        {
            Controllers = [new Party { Name = "C" }, Party()],
            Processor = Party(),
        },
        Processing = new ProcessingDescription
        {
            SubjectMatter = X,
            Nature = ["a", X],
            Purposes = [X],
            PersonalData = [X],
            DataSubjects = [X],
            SensitiveData = new SensitiveDataTerms { Safeguards = [X] },
        },
        SubProcessing = new SubProcessingTerms
        {
            ListUrl = X,
            SubProcessors = [new SubProcessor { Name = X, Service = X }],
        },
        Locations = new LocationTerms
        {
            Processing = [new ProcessingLocation { Country = CountryCode.Netherlands, Provider = X, Purpose = X }],
        },
        Transfers = [new Transfer { Recipient = X, Scope = X }],
        Security = new SecurityTerms
        {
            Measures = [new SecurityMeasure { Kind = SecurityMeasureKind.Encryption, Description = X }],
            Certifications = [new Certification { Standard = X, Holder = X }],
        },
        Liability = new LiabilityTerms { Cap = new LiabilityCap { Description = X } },
    };

    private static Party Party() => new()
    {
        Name = X,
        TradeName = X,
        Registration = X,
        Address = X,
        Representative = X,
        IdentifiedBy = X,
        Contacts = [new Contact { Role = ContactRole.General, Name = X, Function = X, Email = X, Phone = X }],
    };

    [Fact]
    public void Walk_VisitsEveryTextValueOfTheModelWithItsJsonPath()
    {
        var collector = new Collector { Paths = [] };

        PlaceholderWalker.Walk(Everything, ref collector);

        string[] party(string p) =>
        [
            p + ".name", p + ".tradeName", p + ".registration", p + ".address", p + ".representative", p + ".identifiedBy",
            p + ".contacts[0].name", p + ".contacts[0].function", p + ".contacts[0].email", p + ".contacts[0].phone",
        ];
        Assert.Equal(
            [
                "$.document.title", "$.document.version", "$.document.forum", "$.document.mainAgreement",
                "$.document.signatures[0].signatory", "$.document.signatures[0].function", "$.document.signatures[0].place",
                "$.document.signatures[0].datePlaceholder", "$.document.signatures[1].datePlaceholder",
                .. party("$.parties.controllers[1]"),
                .. party("$.parties.processor"),
                "$.processing.subjectMatter", "$.processing.nature[1]", "$.processing.purposes[0]", "$.processing.personalData[0]",
                "$.processing.dataSubjects[0]", "$.processing.sensitiveData.safeguards[0]",
                "$.subProcessing.listUrl", "$.subProcessing.subProcessors[0].name", "$.subProcessing.subProcessors[0].service",
                "$.locations.processing[0].provider", "$.locations.processing[0].purpose",
                "$.transfers[0].recipient", "$.transfers[0].scope",
                "$.security.measures[0].description", "$.security.certifications[0].standard", "$.security.certifications[0].holder",
                "$.liability.cap.description",
            ],
            collector.Paths);
    }

    [Fact]
    public void Walk_WithoutPlaceholders_VisitsNothingAndAllocatesNothing()
    {
        var agreement = Everything with
        {
            Document = new AgreementDocument { Status = AgreementStatus.Executed, Title = "Verwerkersovereenkomst" },
            Parties = new Parties { Controllers = [new Party { Name = "C", Contacts = [new Contact { Role = ContactRole.General, Name = "J" }] }], Processor = new Party { Name = "P" } },
            Processing = new ProcessingDescription { Nature = ["storage", "support"] },
            SubProcessing = new SubProcessingTerms(),
            Locations = new LocationTerms(),
            Transfers = [],
            Security = new SecurityTerms(),
            Liability = new LiabilityTerms(),
        };
        var counter = default(Counter);
        PlaceholderWalker.Walk(agreement, ref counter);

        var before = GC.GetAllocatedBytesForCurrentThread();
        PlaceholderWalker.Walk(agreement, ref counter);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, counter.Count);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Walk_StatedSignatureDateFieldWithDateFilledIn_IsNotAPlaceholder()
    {
        var agreement = Everything with
        {
            Document = new AgreementDocument
            {
                Status = AgreementStatus.Executed,
                Signatures = [new Signature { Role = PartyRole.Processor, SignedOn = new NodaTime.LocalDate(2025, 9, 4), DatePlaceholder = "04-09-2025" }],
            },
            Parties = new Parties { Processor = new Party { Name = "P" } },
            Processing = new ProcessingDescription(),
            SubProcessing = new SubProcessingTerms(),
            Locations = new LocationTerms(),
            Transfers = [],
            Security = new SecurityTerms(),
            Liability = new LiabilityTerms(),
        };
        var counter = default(Counter);

        PlaceholderWalker.Walk(agreement, ref counter);

        Assert.Equal(0, counter.Count);
    }

    private struct Collector : IPlaceholderVisitor
    {
        public List<string> Paths;

        public readonly void Visit(string path, TextValue placeholder) => Paths.Add(path);
    }

    private struct Counter : IPlaceholderVisitor
    {
        public int Count;

        public void Visit(string path, TextValue placeholder) => Count++;
    }
}
