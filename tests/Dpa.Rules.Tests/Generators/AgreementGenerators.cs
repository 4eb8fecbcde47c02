using System.Collections.Immutable;
using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Dpa.Rules.Tests.Generators;

/// <summary>FsCheck generators for the whole agreement model: realistic values mixed with edge cases.</summary>
/// <remarks>
/// <para>Every enum member, every period unit (with counts 0 and the maximum), placeholders (including the empty one),
/// dates from year 1 to 9999, non-ASCII and escaped text, and empty, short and long collections all occur. Sizes stay modest
/// (collections mostly 0–3 elements, now and then 8) so properties over whole agreements run in well under a second per 100 cases.</para>
/// <para>Use <see cref="Agreement"/> with <c>Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), ...)</c>, or register
/// <see cref="AgreementArbitraries"/> with <c>[Property(Arbitrary = [typeof(AgreementArbitraries)])]</c>.</para>
/// </remarks>
public static class AgreementGenerators
{
    private static readonly string[] StatedTexts =
    [
        "Verwerker B.V.",
        "Stichting Zorg & Welzijn",
        "Gemeente 's-Hertogenbosch",
        "het verwerken van persoonsgegevens ten behoeve van de salarisadministratie",
        "Zoë's Café — Ålesund",
        "数据处理协议",
        "emoji 🙂 in a name",
        "a \"quoted\" name with a back\\slash",
        "two\nlines",
        "  leading and trailing spaces  ",
        "KvK 12345678",
        "privacy@example.nl",
        "+31 (0)20 123 4567",
        "https://example.com/subprocessors",
        "ISO/IEC 27001:2022",
    ];

    private static readonly string[] PlaceholderTexts = ["[NAAM]", "<bedrijfsnaam>", "", "…", "[datum]", "________"];

    private static readonly string[] CountryCodes = ["NL", "BE", "DE", "FR", "IE", "US", "GB", "CH", "IN", "EL", "JP"];

    private static readonly string[] ZoneIds = ["Europe/Amsterdam", "Europe/Brussels", "UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"];

    /// <summary>Gets stated text: realistic Dutch values, non-ASCII, characters JSON must escape, and now and then a long text.</summary>
    public static Gen<string> StatedText => Gen.Frequency(
        (12, Gen.Elements(StatedTexts)),
        (3, Gen.Choose(1, 40).Select(n => "tekst " + new string('a', n))),
        (1, Gen.Choose(200, 600).Select(n => new string('é', n))));

    /// <summary>Gets a stated value or a placeholder (about one in four).</summary>
    public static Gen<TextValue> Text => Gen.Frequency(
        (3, StatedText.Select(TextValue.Stated)),
        (1, Gen.Elements(PlaceholderTexts).Select(TextValue.Placeholder)));

    /// <summary>Gets a period of any unit; counts 0 and the unit's maximum are frequent.</summary>
    public static Gen<ContractualPeriod> Period =>
        from unit in Gen.Elements(System.Enum.GetValues<PeriodUnit>())
        from count in Gen.Frequency(
            (1, Gen.Constant(0)),
            (1, Gen.Constant(ContractualPeriod.MaxCount(unit))),
            (6, Gen.Choose(1, Math.Min(100, ContractualPeriod.MaxCount(unit)))),
            (2, Gen.Choose(0, ContractualPeriod.MaxCount(unit))))
        select ContractualPeriod.Of(count, unit);

    /// <summary>Gets a valid ISO date: mostly 1990–2100, sometimes any year from 1 to 9999.</summary>
    public static Gen<LocalDate> Date =>
        from year in Gen.Frequency((8, Gen.Choose(1990, 2100)), (1, Gen.Elements(1, 9999, 1900, 2000)), (1, Gen.Choose(1, 9999)))
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        select new LocalDate(year, month, day);

    /// <summary>Gets a TZDB zone.</summary>
    public static Gen<DateTimeZone> Zone => Gen.Elements(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id]);

    /// <summary>Gets a country code: common ones, or any two upper-case letters.</summary>
    public static Gen<CountryCode> Country => Gen.Frequency(
        (4, Gen.Elements(CountryCodes)),
        (1, Gen.Two(Gen.Choose('A', 'Z')).Select(t => new string([(char)t.Item1, (char)t.Item2]))))
        .Select(CountryCode.Parse);

    /// <summary>Gets an amount of money, with and without cents.</summary>
    public static Gen<Money> Money =>
        from amount in Gen.Frequency((1, Gen.Constant(0m)), (4, Gen.Choose(1, 10_000_000).Select(n => (decimal)n)), (2, Gen.Choose(0, 99_999_999).Select(n => n / 100m)))
        from currency in Gen.Elements("EUR", "USD", "GBP", "CHF")
        select new Money(amount, currency);

    /// <summary>Gets any member of <typeparamref name="TEnum"/>.</summary>
    public static Gen<TEnum> Enum<TEnum>()
        where TEnum : struct, System.Enum => Gen.Elements(System.Enum.GetValues<TEnum>());

    /// <summary>Gets a period with the event it runs from.</summary>
    public static Gen<EndOfLifePeriod> EndOfLifePeriod =>
        from period in Period
        from trigger in Enum<EndOfLifeTrigger>()
        select new EndOfLifePeriod { Period = period, From = trigger };

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
        from dates in Gen.Two(OptionalValue(Date))
        from governingLaw in OptionalValue(Country)
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
            DateSigned = dates.Item1,
            EndedOn = dates.Item2,
            GoverningLaw = governingLaw,
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
            from safeguards in Array(Text)
            select new SensitiveDataTerms { SpecialCategories = special, SpecialCategoryKinds = kinds, CriminalData = criminal, Safeguards = safeguards }
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
        from notice in Optional(
            from promptness in Enum<Promptness>()
            from period in OptionalValue(Period)
            select new NoticeTerms { Promptness = promptness, Period = period })
        select new InstructionTerms
        {
            DocumentedInstructionsOnly = flags.Item1,
            InstructionsCoverTransfers = flags.Item2,
            LegalRequirementNotice = flags.Item3,
            InfringingInstructionNotice = notice,
            OwnPurposesExcluded = flags.Item4,
            PersonnelConfidentiality = personnel,
        };

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
        from module in OptionalValue(Enum<SccModule>())
        from flags in Gen.Two(OptionalBool)
        select new TransferSafeguard { Mechanism = mechanism, SccModule = module, DataPrivacyFrameworkCertified = flags.Item1, TransferImpactAssessment = flags.Item2 };

    /// <summary>Gets a sub-processor.</summary>
    public static Gen<SubProcessor> SubProcessor =>
        from name in Text
        from service in Optional(Text)
        from locations in Array(Country)
        from establishedIn in OptionalValue(Country)
        from safeguard in Optional(Safeguard)
        select new SubProcessor { Name = name, Service = service, Locations = locations, EstablishedIn = establishedIn, Safeguard = safeguard };

    /// <summary>Gets the sub-processing terms.</summary>
    public static Gen<SubProcessingTerms> SubProcessing =>
        from authorisation in OptionalValue(Enum<SubProcessorAuthorisation>())
        from listLocation in OptionalValue(Enum<SubProcessorListLocation>())
        from listUrl in Optional(Text)
        from notice in Optional(
            from required in Gen.Elements(true, false)
            from period in OptionalValue(Period)
            select new AdvanceNotice { Required = required, MinimumPeriod = period })
        from objection in Optional(
            from flags in Gen.Three(Gen.Elements(true, false))
            from window in OptionalValue(Period)
            select new ObjectionRight { Available = flags.Item1, Window = window, RequiresReasonableGrounds = flags.Item2, ExcludedWhenConditionsMet = flags.Item3 })
        from leadTime in OptionalValue(Period)
        from flowDown in OptionalValue(Enum<FlowDownScope>())
        from fullyLiable in OptionalBool
        from subProcessors in Array(SubProcessor)
        select new SubProcessingTerms
        {
            Authorisation = authorisation,
            ListLocation = listLocation,
            ListUrl = listUrl,
            ChangeNotice = notice,
            ObjectionRight = objection,
            RequestLeadTime = leadTime,
            FlowDown = flowDown,
            ProcessorFullyLiable = fullyLiable,
            SubProcessors = subProcessors,
        };

    /// <summary>Gets the location terms.</summary>
    public static Gen<LocationTerms> Locations =>
        from processing in Array(
            from country in Country
            from provider in Optional(Text)
            from purpose in Optional(Text)
            select new ProcessingLocation { Country = country, Provider = provider, Purpose = purpose })
        from restriction in Optional(
            from scope in Enum<LocationScope>()
            from countries in Array(Country)
            from commitment in OptionalValue(Enum<CommitmentLevel>())
            select new LocationRestriction { Scope = scope, Countries = countries, Commitment = commitment })
        from permitted in Array(Enum<TransferCondition>())
        select new LocationTerms { Processing = processing, Restriction = restriction, PermittedOutsideWhen = permitted };

    /// <summary>Gets a transfer outside the EEA.</summary>
    public static Gen<Transfer> Transfer =>
        from destination in OptionalValue(Country)
        from recipient in Optional(Text)
        from scope in Optional(Text)
        from safeguard in Optional(Safeguard)
        select new Transfer { Destination = destination, Recipient = recipient, Scope = scope, Safeguard = safeguard };

    /// <summary>Gets a certification.</summary>
    public static Gen<Certification> Certification =>
        from standard in Text
        from holder in Optional(Text)
        from dates in Gen.Two(OptionalValue(Date))
        from periods in Gen.Two(OptionalValue(Period))
        select new Certification { Standard = standard, Holder = holder, IssuedOn = dates.Item1, ValidUntil = dates.Item2, MaximumAge = periods.Item1, AuditInterval = periods.Item2 };

    /// <summary>Gets the security terms.</summary>
    public static Gen<SecurityTerms> Security =>
        from art32 in OptionalBool
        from commitment in OptionalValue(Enum<CommitmentLevel>())
        from measures in Array(
            from kind in Enum<SecurityMeasureKind>()
            from description in Text
            select new SecurityMeasure { Kind = kind, Description = description })
        from certifications in Array(Certification)
        from periods in Gen.Four(OptionalValue(Period))
        from rto in OptionalValue(Period)
        from screening in Optional(
            from flags in Gen.Two(OptionalBool)
            from renewal in OptionalValue(Period)
            select new PersonnelScreening { BeforeEmployment = flags.Item1, CertificateOfConduct = flags.Item2, RenewalInterval = renewal })
        from approval in OptionalBool
        select new SecurityTerms
        {
            Art32Obligation = art32,
            Commitment = commitment,
            Measures = measures,
            Certifications = certifications,
            PenetrationTestInterval = periods.Item1,
            LogRetentionMinimum = periods.Item2,
            LogRetentionMaximum = periods.Item3,
            RecoveryPointObjective = periods.Item4,
            RecoveryTimeObjective = rto,
            Screening = screening,
            ChangesRequireApproval = approval,
        };

    /// <summary>Gets the breach terms.</summary>
    public static Gen<BreachTerms> Breach =>
        from duty in OptionalBool
        from promptness in OptionalValue(Enum<Promptness>())
        from deadline in OptionalValue(Period)
        from trigger in OptionalValue(Enum<BreachTrigger>())
        from content in Array(Enum<BreachContentItem>())
        from flags in Gen.Three(OptionalBool)
        from retention in Optional(EndOfLifePeriod)
        select new BreachTerms
        {
            NotificationDuty = duty,
            Promptness = promptness,
            Deadline = deadline,
            Trigger = trigger,
            Content = content,
            PhasedNotification = flags.Item1,
            RecordsKept = flags.Item2,
            RecordRetention = retention,
            ProcessorMayNotifyAuthority = flags.Item3,
        };

    /// <summary>Gets the audit terms.</summary>
    public static Gen<AuditTerms> Audits =>
        from flags in Gen.Three(OptionalBool)
        from auditor in OptionalValue(Enum<AuditorChoice>())
        from condition in OptionalValue(Enum<AuditCondition>())
        from periods in Gen.Two(OptionalValue(Period))
        from cost in OptionalValue(Enum<CostAllocation>())
        select new AuditTerms
        {
            InformationDuty = flags.Item1,
            AuditsAllowed = flags.Item2,
            Auditor = auditor,
            Condition = condition,
            MaximumFrequency = periods.Item1,
            FrequencyExceptions = flags.Item3,
            Notice = periods.Item2,
            Cost = cost,
        };

    /// <summary>Gets the liability terms.</summary>
    public static Gen<LiabilityTerms> Liability =>
        from cap in Optional(
            from maximum in OptionalValue(Money)
            from fees in OptionalValue(Period)
            from insurance in OptionalBool
            from description in Optional(Text)
            select new LiabilityCap { Maximum = maximum, FeesPeriod = fees, InsurancePayout = insurance, Description = description })
        from limit in OptionalValue(Period)
        from limited in OptionalBool
        select new LiabilityTerms { Cap = cap, ClaimTimeLimit = limit, LimitedToParties = limited };

    /// <summary>Gets the backup terms.</summary>
    public static Gen<BackupTerms> Backups =>
        from tiers in Array(
            from frequency in Enum<BackupFrequency>()
            from count in OptionalValue(Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 400))))
            from retention in OptionalValue(Period)
            select new BackupTier { Frequency = frequency, Count = count, Retention = retention })
        from retention in OptionalValue(Period)
        from purge in Optional(EndOfLifePeriod)
        from encrypted in OptionalBool
        select new BackupTerms { Tiers = tiers, Retention = retention, PurgeAfterEnd = purge, Encrypted = encrypted };

    /// <summary>Gets the end-of-processing terms, backups included.</summary>
    public static Gen<EndOfProcessingTerms> EndOfProcessing =>
        from choice in OptionalValue(Enum<EndOfServiceChoice>())
        from flags in Gen.Four(OptionalBool)
        from deletion in Optional(EndOfLifePeriod)
        from returnWindow in Optional(EndOfLifePeriod)
        from exceptions in Array(Enum<RetentionBasis>())
        from terminate in OptionalBool
        from backups in OrEmpty(Backups)
        select new EndOfProcessingTerms
        {
            Choice = choice,
            CopiesDeleted = flags.Item1,
            Deletion = deletion,
            DeletionOnRequest = flags.Item2,
            ReturnWindow = returnWindow,
            DeletionCertification = flags.Item3,
            RetentionExceptions = exceptions,
            ControllerMaySuspend = flags.Item4,
            ControllerMayTerminate = terminate,
            Backups = backups,
        };

    /// <summary>Gets the amendment terms.</summary>
    public static Gen<AmendmentTerms> Amendments =>
        from flags in Gen.Three(OptionalBool)
        from notice in OptionalValue(Period)
        select new AmendmentTerms
        {
            ProcessorMayAmendUnilaterally = flags.Item1,
            NoticePeriod = notice,
            ControllerMayObjectOrTerminate = flags.Item2,
            RequiresWrittenAgreement = flags.Item3,
        };

    /// <summary>Gets a whole agreement; each section is empty about a third of the time.</summary>
    public static Gen<ProcessingAgreement> Agreement =>
        from document in Document
        from parties in Parties
        from processing in OrEmpty(Processing)
        from instructions in OrEmpty(Instructions)
        from assistance in OrEmpty(Assistance)
        from subProcessing in OrEmpty(SubProcessing)
        from locations in OrEmpty(Locations)
        from transfers in Array(Transfer)
        from security in OrEmpty(Security)
        from breach in OrEmpty(Breach)
        from audits in OrEmpty(Audits)
        from liability in OrEmpty(Liability)
        from endOfProcessing in OrEmpty(EndOfProcessing)
        from amendments in OrEmpty(Amendments)
        select new ProcessingAgreement
        {
            Document = document,
            Parties = parties,
            Processing = processing,
            Instructions = instructions,
            Assistance = assistance,
            SubProcessing = subProcessing,
            Locations = locations,
            Transfers = transfers,
            Security = security,
            Breach = breach,
            Audits = audits,
            Liability = liability,
            EndOfProcessing = endOfProcessing,
            Amendments = amendments,
        };

    /// <summary>Gets an optional <see langword="bool"/>.</summary>
    public static Gen<bool?> OptionalBool => Gen.Elements<bool?>(null, true, false);

    /// <summary>Gets <see langword="null"/> (not stated) about a third of the time, else a value of <paramref name="gen"/>.</summary>
    public static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    /// <summary>Gets <see langword="null"/> (not stated) about a third of the time, else a value of <paramref name="gen"/>.</summary>
    public static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    /// <summary>Gets an array: usually 0–3 elements, now and then 8.</summary>
    public static Gen<ImmutableArray<T>> Array<T>(Gen<T> gen) =>
        from length in Gen.Frequency((10, Gen.Choose(0, 3)), (1, Gen.Constant(8)))
        from items in gen.ArrayOf(length)
        select ImmutableArray.Create(items);

    private static Gen<T> OrEmpty<T>(Gen<T> gen)
        where T : new() => Gen.Frequency((1, Gen.Constant(new T())), (2, gen));
}
