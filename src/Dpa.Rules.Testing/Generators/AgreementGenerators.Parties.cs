using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dpa.Rules.Testing;

/// <content>Parties, the document, the description of the processing, instructions and assistance.</content>
public static partial class AgreementGenerators
{
    /// <summary>Gets a contact.</summary>
    public static Gen<Contact> Contact =>
        from role in Enum<ContactRole>()
        from name in Optional(Text)
        from function in Optional(Text)
        from email in Optional(Text)
        from phone in Optional(Text)
        select new Contact { Role = role, Name = name, Function = function, Email = email, Phone = phone };

    /// <summary>Gets a party.</summary>
    public static Gen<Party> Party =>
        from name in Optional(Text)
        from tradeName in Optional(Text)
        from registration in Optional(Text)
        from country in OptionalValue(Country)
        from countryPlaceholder in Optional(Text)
        from address in Optional(Text)
        from representative in Optional(Text)
        from identifiedBy in Optional(Text)
        from contacts in Array(Contact)
        select new Party
        {
            Name = name,
            TradeName = tradeName,
            Registration = registration,
            Country = country,
            CountryPlaceholder = countryPlaceholder,
            Address = address,
            Representative = representative,
            IdentifiedBy = identifiedBy,
            Contacts = contacts,
        };

    /// <summary>Gets the parties: zero or more controllers and a processor.</summary>
    public static Gen<Parties> Parties =>
        from controllers in Array(Party)
        from processor in Party
        select new Parties { Controllers = controllers, Processor = processor };

    /// <summary>Gets a signature block, filled in or blank.</summary>
    public static Gen<Signature> Signature =>
        from role in Enum<PartyRole>()
        from signatory in Optional(Text)
        from function in Optional(Text)
        from place in Optional(Text)
        from signedOn in OptionalValue(Date)
        from datePlaceholder in Optional(Text)
        select new Signature { Role = role, Signatory = signatory, Function = function, Place = place, SignedOn = signedOn, DatePlaceholder = datePlaceholder };

    /// <summary>Gets the document facts.</summary>
    public static Gen<AgreementDocument> Document =>
        from title in Optional(Text)
        from version in Optional(Text)
        from status in Enum<AgreementStatus>()
        from form in OptionalValue(Enum<AgreementForm>())
        from acceptance in OptionalValue(Enum<AcceptanceMethod>())
        from effectiveFrom in OptionalValue(Date)
        from effectiveUpon in OptionalValue(Enum<EffectiveEvent>())
        from dates in Gen.Two(OptionalValue(Date))
        from governingLaw in OptionalValue(Country)
        from governingLawPlaceholder in Optional(Text)
        from forum in Optional(Text)
        from zone in Zone
        from mainAgreement in Optional(Text)
        from prevails in OptionalBool
        from convention in OptionalValue(Enum<CountingConvention>())
        from signatures in Array(Signature)
        select new AgreementDocument
        {
            Title = title,
            Version = version,
            Status = status,
            Form = form,
            Acceptance = acceptance,
            EffectiveFrom = effectiveFrom,
            EffectiveUpon = effectiveUpon,
            DateSigned = dates.Item1,
            EndedOn = dates.Item2,
            GoverningLaw = governingLaw,
            GoverningLawPlaceholder = governingLawPlaceholder,
            Forum = forum,
            TimeZone = zone,
            MainAgreement = mainAgreement,
            PrevailsOverMainAgreement = prevails,
            CountingConvention = convention,
            Signatures = signatures,
        };

    /// <summary>Gets the description of the processing.</summary>
    public static Gen<ProcessingDescription> Processing =>
        from subjectMatter in Optional(Text)
        from duration in Optional(
            from basis in Enum<DurationBasis>()
            from term in OptionalValue(Period)
            from endsOn in OptionalValue(Date)
            select new ProcessingDuration { Basis = basis, Term = term, EndsOn = endsOn })
        from nature in Array(Text)
        from purposes in Array(Text)
        from personalData in Array(Text)
        from dataSubjects in Array(Text)
        from sensitive in
            from special in Enum<DataPresence>()
            from kinds in Array(Enum<SpecialCategory>())
            from criminal in Enum<DataPresence>()
            from nationalNumbers in Enum<DataPresence>()
            from nationalNumberBasis in Optional(Text)
            from safeguards in Array(Text)
            select new SensitiveDataTerms
            {
                SpecialCategories = special,
                SpecialCategoryKinds = kinds,
                CriminalData = criminal,
                NationalIdentificationNumbers = nationalNumbers,
                NationalIdentificationNumberBasis = nationalNumberBasis,
                Safeguards = safeguards,
            }
        from rights in OptionalBool
        select new ProcessingDescription
        {
            SubjectMatter = subjectMatter,
            Duration = duration,
            Nature = nature,
            Purposes = purposes,
            PersonalData = personalData,
            DataSubjects = dataSubjects,
            SensitiveData = sensitive,
            ControllerRightsAndObligations = rights,
        };

    /// <summary>Gets the instruction and confidentiality terms.</summary>
    public static Gen<InstructionTerms> Instructions =>
        from flags in Gen.Four(OptionalBool)
        from personnel in OptionalBool
        from beforeProcessing in OptionalBool
        from exceptions in Array(Enum<InstructionCarveOut>())
        from notice in Optional(
            from promptness in Enum<Promptness>()
            from period in OptionalValue(Period)
            select new NoticeTerms { Promptness = promptness, Period = period })
        from ownUse in Optional(OwnUse)
        select new InstructionTerms
        {
            DocumentedInstructionsOnly = flags.Item1,
            Exceptions = exceptions,
            InstructionsCoverTransfers = flags.Item2,
            LegalRequirementNotice = flags.Item3,
            LegalRequirementNoticeBeforeProcessing = beforeProcessing,
            InfringingInstructionNotice = notice,
            OwnPurposesExcluded = flags.Item4,
            OwnUse = ownUse,
            PersonnelConfidentiality = personnel,
        };

    /// <summary>Gets a use of the personal data for the processor's own purposes (GDPR Art. 28(10)).</summary>
    public static Gen<ProcessorOwnUse> OwnUse =>
        from purposes in Array(Enum<ProcessorOwnPurpose>())
        from flags in Gen.Two(OptionalBool)
        select new ProcessorOwnUse { Purposes = purposes, UsageDataOnly = flags.Item1, AnonymisedResults = flags.Item2 };

    /// <summary>Gets the assistance terms.</summary>
    public static Gen<AssistanceTerms> Assistance =>
        from requests in Optional(
            from provided in Gen.Elements(true, false)
            from period in OptionalValue(Period)
            from commitment in OptionalValue(Enum<CommitmentLevel>())
            from cost in OptionalValue(Enum<CostAllocation>())
            select new DataSubjectAssistance { Provided = provided, ResponsePeriod = period, Commitment = commitment, Cost = cost })
        from flags in Gen.Four(OptionalBool)
        from cost in OptionalValue(Enum<CostAllocation>())
        select new AssistanceTerms
        {
            DataSubjectRequests = requests,
            Security = flags.Item1,
            BreachNotification = flags.Item2,
            ImpactAssessment = flags.Item3,
            PriorConsultation = flags.Item4,
            Cost = cost,
        };

    /// <summary>Gets a transfer safeguard.</summary>
    public static Gen<TransferSafeguard> Safeguard =>
        from mechanism in Enum<TransferMechanism>()
        from alternatives in Array(Enum<TransferMechanism>())
        from module in OptionalValue(Enum<SccModule>())
        from flags in Gen.Three(OptionalBool)
        select new TransferSafeguard
        {
            Mechanism = mechanism,
            AlternativeMechanisms = alternatives,
            SccModule = module,
            DataPrivacyFrameworkCertified = flags.Item1,
            TransferImpactAssessment = flags.Item2,
            WithinAdequacyScope = flags.Item3,
        };

    /// <summary>Gets a sub-processor.</summary>
    public static Gen<SubProcessor> SubProcessor =>
        from name in Text
        from service in Optional(Text)
        from locations in Array(Country)
        from establishedIn in OptionalValue(Country)
        from parentEstablishedIn in OptionalValue(Country)
        from safeguard in Optional(Safeguard)
        select new SubProcessor
        {
            Name = name,
            Service = service,
            Locations = locations,
            EstablishedIn = establishedIn,
            ParentEstablishedIn = parentEstablishedIn,
            Safeguard = safeguard,
        };
}
