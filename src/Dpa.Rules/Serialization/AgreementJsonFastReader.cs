using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Serialization;

/// <summary>Reads a well-formed agreement in one pass over the tokens, or gives up so that <see cref="AgreementJsonReader"/>
/// reads it and reports what is wrong.</summary>
/// <remarks>
/// <para>The diagnosing reader makes two passes (a pre-check, then System.Text.Json's object converters) so that every
/// problem gets a path, a line and a plain-English reason; that costs about three times a plain token pass. Documents
/// are almost always valid, so this reader handles them alone: one <see cref="Utf8JsonReader"/> pass that builds the
/// model directly, with the member names of each type matched in the order they are saved.</para>
/// <para>It accepts a subset of what the diagnosing reader accepts and builds the same model from it. Whatever it does not
/// expect — a syntax error, an unknown, duplicate, escaped or missing member, <c>null</c>, a string over the size limit, a
/// value a model type rejects — makes it give up (any exception, caught by <see cref="TryRead"/>), and the caller reads
/// the document again with the diagnosing reader, which then decides. A test checks both readers agree on generated and
/// damaged documents, and that every member the format has is read here.</para>
/// <para>Leaf values (dates, periods, country codes, time zones, enums) are read with the same converters as the
/// diagnosing reader; objects and arrays are read here so that duplicate members are never let through.</para>
/// </remarks>
internal static class AgreementJsonFastReader
{
    // Declared first: static fields are initialized in order, and every name table below adds itself to this list.
    private static readonly List<(Type Type, IReadOnlyList<string> Names)> Tables = [];

    /// <summary>Gets the member names this reader knows, per model type, so that a test can compare them with the format.</summary>
    internal static IReadOnlyList<(Type Type, IReadOnlyList<string> Names)> NameTables => Tables;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = AgreementJsonOptions.MaxDepth,
    };

    /// <summary>Reads <paramref name="json"/> (without a byte-order mark) when it is a valid agreement this reader accepts.</summary>
    /// <returns><see langword="false"/> when the document must go to the diagnosing reader.</returns>
    public static bool TryRead(ReadOnlySpan<byte> json, [NotNullWhen(true)] out ProcessingAgreement? agreement)
    {
        try
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            agreement = ReadAgreement(ref reader);
            return true;
        }
#pragma warning disable CA1031 // Whatever went wrong, the diagnosing reader reads the document again and reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
            agreement = null;
            return false;
        }
    }

    private static ProcessingAgreement ReadAgreement(ref Utf8JsonReader reader)
    {
        reader.Read();
        Expect(reader.TokenType == JsonTokenType.StartObject);
        var members = new Members(RootNames);
        AgreementDocument? document = null;
        Parties? parties = null;
        ProcessingDescription? processing = null;
        InstructionTerms? instructions = null;
        AssistanceTerms? assistance = null;
        SubProcessingTerms? subProcessing = null;
        LocationTerms? locations = null;
        ImmutableArray<Transfer> transfers = default;
        SecurityTerms? security = null;
        BreachTerms? breach = null;
        AuditTerms? audits = null;
        LiabilityTerms? liability = null;
        EndOfProcessingTerms? endOfProcessing = null;
        AmendmentTerms? amendments = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0:
                    Expect(reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version)
                        && version == ProcessingAgreement.CurrentFormatVersion);
                    break;
                case 1:
                    CheckString(ref reader);
                    break;
                case 2: document = ReadDocument(ref reader); break;
                case 3: parties = ReadParties(ref reader); break;
                case 4: processing = ReadProcessing(ref reader); break;
                case 5: instructions = ReadInstructions(ref reader); break;
                case 6: assistance = ReadAssistance(ref reader); break;
                case 7: subProcessing = ReadSubProcessing(ref reader); break;
                case 8: locations = ReadLocations(ref reader); break;
                case 9: transfers = ReadArray(ref reader, ReadTransfer); break;
                case 10: security = ReadSecurity(ref reader); break;
                case 11: breach = ReadBreach(ref reader); break;
                case 12: audits = ReadAudits(ref reader); break;
                case 13: liability = ReadLiability(ref reader); break;
                case 14: endOfProcessing = ReadEndOfProcessing(ref reader); break;
                default: amendments = ReadAmendments(ref reader); break;
            }
        }

        members.Require(0);
        // Nothing but white space may follow the root object; the reader throws on anything else.
        Expect(!reader.Read());
        return new ProcessingAgreement
        {
            FormatVersion = ProcessingAgreement.CurrentFormatVersion,
            Document = document ?? throw Missing(),
            Parties = parties ?? throw Missing(),
            Processing = processing ?? new(),
            Instructions = instructions ?? new(),
            Assistance = assistance ?? new(),
            SubProcessing = subProcessing ?? new(),
            Locations = locations ?? new(),
            Transfers = transfers,
            Security = security ?? new(),
            Breach = breach ?? new(),
            Audits = audits ?? new(),
            Liability = liability ?? new(),
            EndOfProcessing = endOfProcessing ?? new(),
            Amendments = amendments ?? new(),
        };
    }

    private static readonly MemberNames RootNames = new(
        typeof(ProcessingAgreement),
        "formatVersion", "$schema", "document", "parties", "processing", "instructions", "assistance", "subProcessing", "locations",
        "transfers", "security", "breach", "audits", "liability", "endOfProcessing", "amendments");

    private static AgreementDocument ReadDocument(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, DocumentNames);
        TextValue? title = null, version = null, forum = null, mainAgreement = null;
        AgreementStatus? status = null;
        AgreementForm? form = null;
        LocalDate? dateSigned = null, endedOn = null;
        CountryCode? governingLaw = null;
        DateTimeZone? timeZone = null;
        bool? prevails = null;
        CountingConvention? convention = null;
        ImmutableArray<Signature> signatures = default;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: title = ReadText(ref reader); break;
                case 1: version = ReadText(ref reader); break;
                case 2: status = Leaf<AgreementStatus>.Read(ref reader); break;
                case 3: form = Leaf<AgreementForm>.Read(ref reader); break;
                case 4: dateSigned = Leaf<LocalDate>.Read(ref reader); break;
                case 5: endedOn = Leaf<LocalDate>.Read(ref reader); break;
                case 6: governingLaw = Leaf<CountryCode>.Read(ref reader); break;
                case 7: forum = ReadText(ref reader); break;
                case 8: timeZone = Leaf<DateTimeZone>.Read(ref reader); break;
                case 9: mainAgreement = ReadText(ref reader); break;
                case 10: prevails = ReadBoolean(ref reader); break;
                case 11: convention = Leaf<CountingConvention>.Read(ref reader); break;
                default: signatures = ReadArray(ref reader, ReadSignature); break;
            }
        }

        return new AgreementDocument
        {
            Title = title,
            Version = version,
            Status = status ?? throw Missing(),
            Form = form,
            DateSigned = dateSigned,
            EndedOn = endedOn,
            GoverningLaw = governingLaw,
            Forum = forum,
            TimeZone = timeZone ?? AgreementDocument.DefaultTimeZone,
            MainAgreement = mainAgreement,
            PrevailsOverMainAgreement = prevails,
            CountingConvention = convention,
            Signatures = signatures,
        };
    }

    private static readonly MemberNames DocumentNames = new(
        typeof(AgreementDocument),
        "title", "version", "status", "form", "dateSigned", "endedOn", "governingLaw", "forum", "timeZone", "mainAgreement",
        "prevailsOverMainAgreement", "countingConvention", "signatures");

    private static Signature ReadSignature(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, SignatureNames);
        PartyRole? role = null;
        TextValue? signatory = null, function = null, place = null, datePlaceholder = null;
        LocalDate? signedOn = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: role = Leaf<PartyRole>.Read(ref reader); break;
                case 1: signatory = ReadText(ref reader); break;
                case 2: function = ReadText(ref reader); break;
                case 3: place = ReadText(ref reader); break;
                case 4: signedOn = Leaf<LocalDate>.Read(ref reader); break;
                default: datePlaceholder = ReadText(ref reader); break;
            }
        }

        return new Signature
        {
            Role = role ?? throw Missing(),
            Signatory = signatory,
            Function = function,
            Place = place,
            SignedOn = signedOn,
            DatePlaceholder = datePlaceholder,
        };
    }

    private static readonly MemberNames SignatureNames = new(
        typeof(Signature), "role", "signatory", "function", "place", "signedOn", "datePlaceholder");

    private static Parties ReadParties(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, PartiesNames);
        ImmutableArray<Party> controllers = default;
        Party? processor = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            if (member == 0)
            {
                controllers = ReadArray(ref reader, ReadParty);
            }
            else
            {
                processor = ReadParty(ref reader);
            }
        }

        return new Parties { Controllers = controllers, Processor = processor ?? throw Missing() };
    }

    private static readonly MemberNames PartiesNames = new(
        typeof(Parties), "controllers", "processor");

    private static Party ReadParty(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, PartyNames);
        TextValue? name = null, tradeName = null, registration = null, address = null, representative = null, identifiedBy = null;
        CountryCode? country = null;
        ImmutableArray<Contact> contacts = default;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: name = ReadText(ref reader); break;
                case 1: tradeName = ReadText(ref reader); break;
                case 2: registration = ReadText(ref reader); break;
                case 3: country = Leaf<CountryCode>.Read(ref reader); break;
                case 4: address = ReadText(ref reader); break;
                case 5: representative = ReadText(ref reader); break;
                case 6: identifiedBy = ReadText(ref reader); break;
                default: contacts = ReadArray(ref reader, ReadContact); break;
            }
        }

        return new Party
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
    }

    private static readonly MemberNames PartyNames = new(
        typeof(Party),
        "name", "tradeName", "registration", "country", "address", "representative", "identifiedBy", "contacts");

    private static Contact ReadContact(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, ContactNames);
        ContactRole? role = null;
        TextValue? name = null, function = null, email = null, phone = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: role = Leaf<ContactRole>.Read(ref reader); break;
                case 1: name = ReadText(ref reader); break;
                case 2: function = ReadText(ref reader); break;
                case 3: email = ReadText(ref reader); break;
                default: phone = ReadText(ref reader); break;
            }
        }

        return new Contact { Role = role ?? throw Missing(), Name = name, Function = function, Email = email, Phone = phone };
    }

    private static readonly MemberNames ContactNames = new(
        typeof(Contact), "role", "name", "function", "email", "phone");

    private static ProcessingDescription ReadProcessing(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, ProcessingNames);
        TextValue? subjectMatter = null;
        ProcessingDuration? duration = null;
        ImmutableArray<TextValue> nature = default, purposes = default, personalData = default, dataSubjects = default;
        SensitiveDataTerms? sensitiveData = null;
        bool? controllerRights = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: subjectMatter = ReadText(ref reader); break;
                case 1: duration = ReadDuration(ref reader); break;
                case 2: nature = ReadArray(ref reader, ReadText); break;
                case 3: purposes = ReadArray(ref reader, ReadText); break;
                case 4: personalData = ReadArray(ref reader, ReadText); break;
                case 5: dataSubjects = ReadArray(ref reader, ReadText); break;
                case 6: sensitiveData = ReadSensitiveData(ref reader); break;
                default: controllerRights = ReadBoolean(ref reader); break;
            }
        }

        return new ProcessingDescription
        {
            SubjectMatter = subjectMatter,
            Duration = duration,
            Nature = nature,
            Purposes = purposes,
            PersonalData = personalData,
            DataSubjects = dataSubjects,
            SensitiveData = sensitiveData ?? new(),
            ControllerRightsAndObligations = controllerRights,
        };
    }

    private static readonly MemberNames ProcessingNames = new(
        typeof(ProcessingDescription),
        "subjectMatter", "duration", "nature", "purposes", "personalData", "dataSubjects", "sensitiveData", "controllerRightsAndObligations");

    private static ProcessingDuration ReadDuration(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, DurationNames);
        DurationBasis? basis = null;
        ContractualPeriod? term = null;
        LocalDate? endsOn = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: basis = Leaf<DurationBasis>.Read(ref reader); break;
                case 1: term = Leaf<ContractualPeriod>.Read(ref reader); break;
                default: endsOn = Leaf<LocalDate>.Read(ref reader); break;
            }
        }

        return new ProcessingDuration { Basis = basis ?? throw Missing(), Term = term, EndsOn = endsOn };
    }

    private static readonly MemberNames DurationNames = new(
        typeof(ProcessingDuration), "basis", "term", "endsOn");

    private static SensitiveDataTerms ReadSensitiveData(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, SensitiveDataNames);
        // The model's defaults, which the diagnosing reader leaves in place for omitted members.
        var special = DataPresence.NotStated;
        var criminal = DataPresence.NotStated;
        ImmutableArray<SpecialCategory> kinds = default;
        ImmutableArray<TextValue> safeguards = default;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: special = Leaf<DataPresence>.Read(ref reader); break;
                case 1: kinds = ReadArray(ref reader, Leaf<SpecialCategory>.Read); break;
                case 2: criminal = Leaf<DataPresence>.Read(ref reader); break;
                default: safeguards = ReadArray(ref reader, ReadText); break;
            }
        }

        return new SensitiveDataTerms { SpecialCategories = special, SpecialCategoryKinds = kinds, CriminalData = criminal, Safeguards = safeguards };
    }

    private static readonly MemberNames SensitiveDataNames = new(
        typeof(SensitiveDataTerms), "specialCategories", "specialCategoryKinds", "criminalData", "safeguards");

    private static InstructionTerms ReadInstructions(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, InstructionNames);
        bool? documentedOnly = null, coverTransfers = null, legalNotice = null, ownPurposesExcluded = null, confidentiality = null;
        NoticeTerms? infringingNotice = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: documentedOnly = ReadBoolean(ref reader); break;
                case 1: coverTransfers = ReadBoolean(ref reader); break;
                case 2: legalNotice = ReadBoolean(ref reader); break;
                case 3: infringingNotice = ReadNotice(ref reader); break;
                case 4: ownPurposesExcluded = ReadBoolean(ref reader); break;
                default: confidentiality = ReadBoolean(ref reader); break;
            }
        }

        return new InstructionTerms
        {
            DocumentedInstructionsOnly = documentedOnly,
            InstructionsCoverTransfers = coverTransfers,
            LegalRequirementNotice = legalNotice,
            InfringingInstructionNotice = infringingNotice,
            OwnPurposesExcluded = ownPurposesExcluded,
            PersonnelConfidentiality = confidentiality,
        };
    }

    private static readonly MemberNames InstructionNames = new(
        typeof(InstructionTerms),
        "documentedInstructionsOnly", "instructionsCoverTransfers", "legalRequirementNotice", "infringingInstructionNotice",
        "ownPurposesExcluded", "personnelConfidentiality");

    private static NoticeTerms ReadNotice(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, NoticeNames);
        Promptness? promptness = null;
        ContractualPeriod? period = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            if (member == 0)
            {
                promptness = Leaf<Promptness>.Read(ref reader);
            }
            else
            {
                period = Leaf<ContractualPeriod>.Read(ref reader);
            }
        }

        return new NoticeTerms { Promptness = promptness ?? throw Missing(), Period = period };
    }

    private static readonly MemberNames NoticeNames = new(
        typeof(NoticeTerms), "promptness", "period");

    private static AssistanceTerms ReadAssistance(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, AssistanceNames);
        DataSubjectAssistance? requests = null;
        bool? security = null, breachNotification = null, impactAssessment = null, priorConsultation = null;
        CostAllocation? cost = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: requests = ReadDataSubjectAssistance(ref reader); break;
                case 1: security = ReadBoolean(ref reader); break;
                case 2: breachNotification = ReadBoolean(ref reader); break;
                case 3: impactAssessment = ReadBoolean(ref reader); break;
                case 4: priorConsultation = ReadBoolean(ref reader); break;
                default: cost = Leaf<CostAllocation>.Read(ref reader); break;
            }
        }

        return new AssistanceTerms
        {
            DataSubjectRequests = requests,
            Security = security,
            BreachNotification = breachNotification,
            ImpactAssessment = impactAssessment,
            PriorConsultation = priorConsultation,
            Cost = cost,
        };
    }

    private static readonly MemberNames AssistanceNames = new(
        typeof(AssistanceTerms),
        "dataSubjectRequests", "security", "breachNotification", "impactAssessment", "priorConsultation", "cost");

    private static DataSubjectAssistance ReadDataSubjectAssistance(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, DataSubjectAssistanceNames);
        var provided = false;
        ContractualPeriod? responsePeriod = null;
        CommitmentLevel? commitment = null;
        CostAllocation? cost = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: provided = ReadBoolean(ref reader); break;
                case 1: responsePeriod = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 2: commitment = Leaf<CommitmentLevel>.Read(ref reader); break;
                default: cost = Leaf<CostAllocation>.Read(ref reader); break;
            }
        }

        return new DataSubjectAssistance { Provided = provided, ResponsePeriod = responsePeriod, Commitment = commitment, Cost = cost };
    }

    private static readonly MemberNames DataSubjectAssistanceNames = new(
        typeof(DataSubjectAssistance), "provided", "responsePeriod", "commitment", "cost");

    private static SubProcessingTerms ReadSubProcessing(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, SubProcessingNames);
        SubProcessorAuthorisation? authorisation = null;
        SubProcessorListLocation? listLocation = null;
        TextValue? listUrl = null;
        AdvanceNotice? changeNotice = null;
        ObjectionRight? objectionRight = null;
        ContractualPeriod? requestLeadTime = null;
        FlowDownScope? flowDown = null;
        bool? fullyLiable = null;
        ImmutableArray<SubProcessor> subProcessors = default;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: authorisation = Leaf<SubProcessorAuthorisation>.Read(ref reader); break;
                case 1: listLocation = Leaf<SubProcessorListLocation>.Read(ref reader); break;
                case 2: listUrl = ReadText(ref reader); break;
                case 3: changeNotice = ReadAdvanceNotice(ref reader); break;
                case 4: objectionRight = ReadObjectionRight(ref reader); break;
                case 5: requestLeadTime = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 6: flowDown = Leaf<FlowDownScope>.Read(ref reader); break;
                case 7: fullyLiable = ReadBoolean(ref reader); break;
                default: subProcessors = ReadArray(ref reader, ReadSubProcessor); break;
            }
        }

        return new SubProcessingTerms
        {
            Authorisation = authorisation,
            ListLocation = listLocation,
            ListUrl = listUrl,
            ChangeNotice = changeNotice,
            ObjectionRight = objectionRight,
            RequestLeadTime = requestLeadTime,
            FlowDown = flowDown,
            ProcessorFullyLiable = fullyLiable,
            SubProcessors = subProcessors,
        };
    }

    private static readonly MemberNames SubProcessingNames = new(
        typeof(SubProcessingTerms),
        "authorisation", "listLocation", "listUrl", "changeNotice", "objectionRight", "requestLeadTime", "flowDown",
        "processorFullyLiable", "subProcessors");

    private static AdvanceNotice ReadAdvanceNotice(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, AdvanceNoticeNames);
        var required = false;
        ContractualPeriod? minimumPeriod = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            if (member == 0)
            {
                required = ReadBoolean(ref reader);
            }
            else
            {
                minimumPeriod = Leaf<ContractualPeriod>.Read(ref reader);
            }
        }

        return new AdvanceNotice { Required = required, MinimumPeriod = minimumPeriod };
    }

    private static readonly MemberNames AdvanceNoticeNames = new(
        typeof(AdvanceNotice), "required", "minimumPeriod");

    private static ObjectionRight ReadObjectionRight(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, ObjectionRightNames);
        bool available = false, reasonableGrounds = false, excluded = false;
        ContractualPeriod? window = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: available = ReadBoolean(ref reader); break;
                case 1: window = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 2: reasonableGrounds = ReadBoolean(ref reader); break;
                default: excluded = ReadBoolean(ref reader); break;
            }
        }

        return new ObjectionRight
        {
            Available = available,
            Window = window,
            RequiresReasonableGrounds = reasonableGrounds,
            ExcludedWhenConditionsMet = excluded,
        };
    }

    private static readonly MemberNames ObjectionRightNames = new(
        typeof(ObjectionRight), "available", "window", "requiresReasonableGrounds", "excludedWhenConditionsMet");

    private static SubProcessor ReadSubProcessor(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, SubProcessorNames);
        TextValue? name = null, service = null;
        ImmutableArray<CountryCode> locations = default;
        CountryCode? establishedIn = null;
        TransferSafeguard? safeguard = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: name = ReadText(ref reader); break;
                case 1: service = ReadText(ref reader); break;
                case 2: locations = ReadArray(ref reader, Leaf<CountryCode>.Read); break;
                case 3: establishedIn = Leaf<CountryCode>.Read(ref reader); break;
                default: safeguard = ReadSafeguard(ref reader); break;
            }
        }

        return new SubProcessor
        {
            Name = name ?? throw Missing(),
            Service = service,
            Locations = locations,
            EstablishedIn = establishedIn,
            Safeguard = safeguard,
        };
    }

    private static readonly MemberNames SubProcessorNames = new(
        typeof(SubProcessor), "name", "service", "locations", "establishedIn", "safeguard");

    private static TransferSafeguard ReadSafeguard(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, SafeguardNames);
        TransferMechanism? mechanism = null;
        SccModule? module = null;
        bool? dpf = null, tia = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: mechanism = Leaf<TransferMechanism>.Read(ref reader); break;
                case 1: module = Leaf<SccModule>.Read(ref reader); break;
                case 2: dpf = ReadBoolean(ref reader); break;
                default: tia = ReadBoolean(ref reader); break;
            }
        }

        return new TransferSafeguard
        {
            Mechanism = mechanism ?? throw Missing(),
            SccModule = module,
            DataPrivacyFrameworkCertified = dpf,
            TransferImpactAssessment = tia,
        };
    }

    private static readonly MemberNames SafeguardNames = new(
        typeof(TransferSafeguard), "mechanism", "sccModule", "dataPrivacyFrameworkCertified", "transferImpactAssessment");

    private static LocationTerms ReadLocations(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, LocationNames);
        ImmutableArray<ProcessingLocation> processing = default;
        LocationRestriction? restriction = null;
        ImmutableArray<TransferCondition> permittedOutsideWhen = default;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: processing = ReadArray(ref reader, ReadProcessingLocation); break;
                case 1: restriction = ReadRestriction(ref reader); break;
                default: permittedOutsideWhen = ReadArray(ref reader, Leaf<TransferCondition>.Read); break;
            }
        }

        return new LocationTerms { Processing = processing, Restriction = restriction, PermittedOutsideWhen = permittedOutsideWhen };
    }

    private static readonly MemberNames LocationNames = new(
        typeof(LocationTerms), "processing", "restriction", "permittedOutsideWhen");

    private static ProcessingLocation ReadProcessingLocation(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, ProcessingLocationNames);
        CountryCode? country = null;
        TextValue? provider = null, purpose = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: country = Leaf<CountryCode>.Read(ref reader); break;
                case 1: provider = ReadText(ref reader); break;
                default: purpose = ReadText(ref reader); break;
            }
        }

        return new ProcessingLocation { Country = country ?? throw Missing(), Provider = provider, Purpose = purpose };
    }

    private static readonly MemberNames ProcessingLocationNames = new(
        typeof(ProcessingLocation), "country", "provider", "purpose");

    private static LocationRestriction ReadRestriction(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, RestrictionNames);
        LocationScope? scope = null;
        ImmutableArray<CountryCode> countries = default;
        CommitmentLevel? commitment = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: scope = Leaf<LocationScope>.Read(ref reader); break;
                case 1: countries = ReadArray(ref reader, Leaf<CountryCode>.Read); break;
                default: commitment = Leaf<CommitmentLevel>.Read(ref reader); break;
            }
        }

        return new LocationRestriction { Scope = scope ?? throw Missing(), Countries = countries, Commitment = commitment };
    }

    private static readonly MemberNames RestrictionNames = new(
        typeof(LocationRestriction), "scope", "countries", "commitment");

    private static Transfer ReadTransfer(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, TransferNames);
        CountryCode? destination = null;
        TextValue? recipient = null, scope = null;
        TransferSafeguard? safeguard = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: destination = Leaf<CountryCode>.Read(ref reader); break;
                case 1: recipient = ReadText(ref reader); break;
                case 2: scope = ReadText(ref reader); break;
                default: safeguard = ReadSafeguard(ref reader); break;
            }
        }

        return new Transfer { Destination = destination, Recipient = recipient, Scope = scope, Safeguard = safeguard };
    }

    private static readonly MemberNames TransferNames = new(
        typeof(Transfer), "destination", "recipient", "scope", "safeguard");

    private static SecurityTerms ReadSecurity(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, SecurityNames);
        bool? art32 = null, changesRequireApproval = null;
        CommitmentLevel? commitment = null;
        ImmutableArray<SecurityMeasure> measures = default;
        ImmutableArray<Certification> certifications = default;
        ContractualPeriod? penetrationTests = null, logMinimum = null, logMaximum = null, rpo = null, rto = null;
        PersonnelScreening? screening = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: art32 = ReadBoolean(ref reader); break;
                case 1: commitment = Leaf<CommitmentLevel>.Read(ref reader); break;
                case 2: measures = ReadArray(ref reader, ReadMeasure); break;
                case 3: certifications = ReadArray(ref reader, ReadCertification); break;
                case 4: penetrationTests = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 5: logMinimum = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 6: logMaximum = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 7: rpo = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 8: rto = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 9: screening = ReadScreening(ref reader); break;
                default: changesRequireApproval = ReadBoolean(ref reader); break;
            }
        }

        return new SecurityTerms
        {
            Art32Obligation = art32,
            Commitment = commitment,
            Measures = measures,
            Certifications = certifications,
            PenetrationTestInterval = penetrationTests,
            LogRetentionMinimum = logMinimum,
            LogRetentionMaximum = logMaximum,
            RecoveryPointObjective = rpo,
            RecoveryTimeObjective = rto,
            Screening = screening,
            ChangesRequireApproval = changesRequireApproval,
        };
    }

    private static readonly MemberNames SecurityNames = new(
        typeof(SecurityTerms),
        "art32Obligation", "commitment", "measures", "certifications", "penetrationTestInterval", "logRetentionMinimum",
        "logRetentionMaximum", "recoveryPointObjective", "recoveryTimeObjective", "screening", "changesRequireApproval");

    private static SecurityMeasure ReadMeasure(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, MeasureNames);
        SecurityMeasureKind? kind = null;
        TextValue? description = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            if (member == 0)
            {
                kind = Leaf<SecurityMeasureKind>.Read(ref reader);
            }
            else
            {
                description = ReadText(ref reader);
            }
        }

        return new SecurityMeasure { Kind = kind ?? throw Missing(), Description = description ?? throw Missing() };
    }

    private static readonly MemberNames MeasureNames = new(
        typeof(SecurityMeasure), "kind", "description");

    private static Certification ReadCertification(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, CertificationNames);
        TextValue? standard = null, holder = null;
        LocalDate? issuedOn = null, validUntil = null;
        ContractualPeriod? maximumAge = null, auditInterval = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: standard = ReadText(ref reader); break;
                case 1: holder = ReadText(ref reader); break;
                case 2: issuedOn = Leaf<LocalDate>.Read(ref reader); break;
                case 3: validUntil = Leaf<LocalDate>.Read(ref reader); break;
                case 4: maximumAge = Leaf<ContractualPeriod>.Read(ref reader); break;
                default: auditInterval = Leaf<ContractualPeriod>.Read(ref reader); break;
            }
        }

        return new Certification
        {
            Standard = standard ?? throw Missing(),
            Holder = holder,
            IssuedOn = issuedOn,
            ValidUntil = validUntil,
            MaximumAge = maximumAge,
            AuditInterval = auditInterval,
        };
    }

    private static readonly MemberNames CertificationNames = new(
        typeof(Certification), "standard", "holder", "issuedOn", "validUntil", "maximumAge", "auditInterval");

    private static PersonnelScreening ReadScreening(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, ScreeningNames);
        bool? beforeEmployment = null, certificateOfConduct = null;
        ContractualPeriod? renewal = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: beforeEmployment = ReadBoolean(ref reader); break;
                case 1: certificateOfConduct = ReadBoolean(ref reader); break;
                default: renewal = Leaf<ContractualPeriod>.Read(ref reader); break;
            }
        }

        return new PersonnelScreening { BeforeEmployment = beforeEmployment, CertificateOfConduct = certificateOfConduct, RenewalInterval = renewal };
    }

    private static readonly MemberNames ScreeningNames = new(
        typeof(PersonnelScreening), "beforeEmployment", "certificateOfConduct", "renewalInterval");

    private static BreachTerms ReadBreach(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, BreachNames);
        bool? duty = null, phased = null, recordsKept = null, mayNotify = null;
        Promptness? promptness = null;
        ContractualPeriod? deadline = null;
        BreachTrigger? trigger = null;
        ImmutableArray<BreachContentItem> content = default;
        EndOfLifePeriod? recordRetention = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: duty = ReadBoolean(ref reader); break;
                case 1: promptness = Leaf<Promptness>.Read(ref reader); break;
                case 2: deadline = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 3: trigger = Leaf<BreachTrigger>.Read(ref reader); break;
                case 4: content = ReadArray(ref reader, Leaf<BreachContentItem>.Read); break;
                case 5: phased = ReadBoolean(ref reader); break;
                case 6: recordsKept = ReadBoolean(ref reader); break;
                case 7: recordRetention = ReadEndOfLifePeriod(ref reader); break;
                default: mayNotify = ReadBoolean(ref reader); break;
            }
        }

        return new BreachTerms
        {
            NotificationDuty = duty,
            Promptness = promptness,
            Deadline = deadline,
            Trigger = trigger,
            Content = content,
            PhasedNotification = phased,
            RecordsKept = recordsKept,
            RecordRetention = recordRetention,
            ProcessorMayNotifyAuthority = mayNotify,
        };
    }

    private static readonly MemberNames BreachNames = new(
        typeof(BreachTerms),
        "notificationDuty", "promptness", "deadline", "trigger", "content", "phasedNotification", "recordsKept", "recordRetention",
        "processorMayNotifyAuthority");

    private static EndOfLifePeriod ReadEndOfLifePeriod(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, EndOfLifePeriodNames);
        ContractualPeriod? period = null;
        var from = EndOfLifeTrigger.AgreementEnd;
        while (members.Next(ref reader) is var member and >= 0)
        {
            if (member == 0)
            {
                period = Leaf<ContractualPeriod>.Read(ref reader);
            }
            else
            {
                from = Leaf<EndOfLifeTrigger>.Read(ref reader);
            }
        }

        return new EndOfLifePeriod { Period = period ?? throw Missing(), From = from };
    }

    private static readonly MemberNames EndOfLifePeriodNames = new(
        typeof(EndOfLifePeriod), "period", "from");

    private static AuditTerms ReadAudits(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, AuditNames);
        bool? informationDuty = null, auditsAllowed = null, frequencyExceptions = null;
        AuditorChoice? auditor = null;
        AuditCondition? condition = null;
        ContractualPeriod? maximumFrequency = null, notice = null;
        CostAllocation? cost = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: informationDuty = ReadBoolean(ref reader); break;
                case 1: auditsAllowed = ReadBoolean(ref reader); break;
                case 2: auditor = Leaf<AuditorChoice>.Read(ref reader); break;
                case 3: condition = Leaf<AuditCondition>.Read(ref reader); break;
                case 4: maximumFrequency = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 5: frequencyExceptions = ReadBoolean(ref reader); break;
                case 6: notice = Leaf<ContractualPeriod>.Read(ref reader); break;
                default: cost = Leaf<CostAllocation>.Read(ref reader); break;
            }
        }

        return new AuditTerms
        {
            InformationDuty = informationDuty,
            AuditsAllowed = auditsAllowed,
            Auditor = auditor,
            Condition = condition,
            MaximumFrequency = maximumFrequency,
            FrequencyExceptions = frequencyExceptions,
            Notice = notice,
            Cost = cost,
        };
    }

    private static readonly MemberNames AuditNames = new(
        typeof(AuditTerms),
        "informationDuty", "auditsAllowed", "auditor", "condition", "maximumFrequency", "frequencyExceptions", "notice", "cost");

    private static LiabilityTerms ReadLiability(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, LiabilityNames);
        LiabilityCap? cap = null;
        ContractualPeriod? claimTimeLimit = null;
        bool? limitedToParties = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: cap = ReadCap(ref reader); break;
                case 1: claimTimeLimit = Leaf<ContractualPeriod>.Read(ref reader); break;
                default: limitedToParties = ReadBoolean(ref reader); break;
            }
        }

        return new LiabilityTerms { Cap = cap, ClaimTimeLimit = claimTimeLimit, LimitedToParties = limitedToParties };
    }

    private static readonly MemberNames LiabilityNames = new(
        typeof(LiabilityTerms), "cap", "claimTimeLimit", "limitedToParties");

    private static LiabilityCap ReadCap(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, CapNames);
        Money? maximum = null;
        ContractualPeriod? feesPeriod = null;
        bool? insurancePayout = null;
        TextValue? description = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: maximum = ReadMoney(ref reader); break;
                case 1: feesPeriod = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 2: insurancePayout = ReadBoolean(ref reader); break;
                default: description = ReadText(ref reader); break;
            }
        }

        return new LiabilityCap { Maximum = maximum, FeesPeriod = feesPeriod, InsurancePayout = insurancePayout, Description = description };
    }

    private static readonly MemberNames CapNames = new(
        typeof(LiabilityCap), "maximum", "feesPeriod", "insurancePayout", "description");

    private static EndOfProcessingTerms ReadEndOfProcessing(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, EndOfProcessingNames);
        EndOfServiceChoice? choice = null;
        bool? copiesDeleted = null, onRequest = null, certification = null, maySuspend = null, mayTerminate = null;
        EndOfLifePeriod? deletion = null, returnWindow = null;
        ImmutableArray<RetentionBasis> exceptions = default;
        BackupTerms? backups = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: choice = Leaf<EndOfServiceChoice>.Read(ref reader); break;
                case 1: copiesDeleted = ReadBoolean(ref reader); break;
                case 2: deletion = ReadEndOfLifePeriod(ref reader); break;
                case 3: onRequest = ReadBoolean(ref reader); break;
                case 4: returnWindow = ReadEndOfLifePeriod(ref reader); break;
                case 5: certification = ReadBoolean(ref reader); break;
                case 6: exceptions = ReadArray(ref reader, Leaf<RetentionBasis>.Read); break;
                case 7: maySuspend = ReadBoolean(ref reader); break;
                case 8: mayTerminate = ReadBoolean(ref reader); break;
                default: backups = ReadBackups(ref reader); break;
            }
        }

        return new EndOfProcessingTerms
        {
            Choice = choice,
            CopiesDeleted = copiesDeleted,
            Deletion = deletion,
            DeletionOnRequest = onRequest,
            ReturnWindow = returnWindow,
            DeletionCertification = certification,
            RetentionExceptions = exceptions,
            ControllerMaySuspend = maySuspend,
            ControllerMayTerminate = mayTerminate,
            Backups = backups ?? new(),
        };
    }

    private static readonly MemberNames EndOfProcessingNames = new(
        typeof(EndOfProcessingTerms),
        "choice", "copiesDeleted", "deletion", "deletionOnRequest", "returnWindow", "deletionCertification", "retentionExceptions",
        "controllerMaySuspend", "controllerMayTerminate", "backups");

    private static BackupTerms ReadBackups(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, BackupNames);
        ImmutableArray<BackupTier> tiers = default;
        ContractualPeriod? retention = null;
        EndOfLifePeriod? purgeAfterEnd = null;
        bool? encrypted = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: tiers = ReadArray(ref reader, ReadTier); break;
                case 1: retention = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 2: purgeAfterEnd = ReadEndOfLifePeriod(ref reader); break;
                default: encrypted = ReadBoolean(ref reader); break;
            }
        }

        return new BackupTerms { Tiers = tiers, Retention = retention, PurgeAfterEnd = purgeAfterEnd, Encrypted = encrypted };
    }

    private static readonly MemberNames BackupNames = new(
        typeof(BackupTerms), "tiers", "retention", "purgeAfterEnd", "encrypted");

    private static BackupTier ReadTier(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, TierNames);
        BackupFrequency? frequency = null;
        int? count = null;
        ContractualPeriod? retention = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: frequency = Leaf<BackupFrequency>.Read(ref reader); break;
                case 1: count = CountConverter.Read(ref reader, typeof(int?), AgreementJsonOptions.Reading); break;
                default: retention = Leaf<ContractualPeriod>.Read(ref reader); break;
            }
        }

        return new BackupTier { Frequency = frequency ?? throw Missing(), Count = count, Retention = retention };
    }

    // The backup tier's count is read by its own converter (a property-level one, not in the options): a whole number, not negative.
    private static readonly NonNegativeCountJsonConverter CountConverter = new();

    private static readonly MemberNames TierNames = new(
        typeof(BackupTier), "frequency", "count", "retention");

    private static AmendmentTerms ReadAmendments(ref Utf8JsonReader reader)
    {
        var members = Members.Start(ref reader, AmendmentNames);
        bool? unilateral = null, mayObject = null, written = null;
        ContractualPeriod? noticePeriod = null;
        while (members.Next(ref reader) is var member and >= 0)
        {
            switch (member)
            {
                case 0: unilateral = ReadBoolean(ref reader); break;
                case 1: noticePeriod = Leaf<ContractualPeriod>.Read(ref reader); break;
                case 2: mayObject = ReadBoolean(ref reader); break;
                default: written = ReadBoolean(ref reader); break;
            }
        }

        return new AmendmentTerms
        {
            ProcessorMayAmendUnilaterally = unilateral,
            NoticePeriod = noticePeriod,
            ControllerMayObjectOrTerminate = mayObject,
            RequiresWrittenAgreement = written,
        };
    }

    private static readonly MemberNames AmendmentNames = new(
        typeof(AmendmentTerms),
        "processorMayAmendUnilaterally", "noticePeriod", "controllerMayObjectOrTerminate", "requiresWrittenAgreement");

    // Leaves and arrays.

    private delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    private static ImmutableArray<T> ReadArray<T>(ref Utf8JsonReader reader, ValueReader<T> read)
    {
        Expect(reader.TokenType == JsonTokenType.StartArray);
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return [];
        }

        // Elements are collected in a buffer kept per thread and element type, so that only the final array is allocated.
        // It is taken, not shared, while in use: an element of the same type nested inside would get a new one.
        var buffer = Buffer<T>.Items ?? new T[8];
        Buffer<T>.Items = null;
        var count = 0;
        do
        {
            // The diagnosing reader reports a null element with its index.
            Expect(reader.TokenType != JsonTokenType.Null);
            var item = read(ref reader);
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, count * 2);
            }

            buffer[count++] = item;
            reader.Read();
        }
        while (reader.TokenType != JsonTokenType.EndArray);

        var items = ImmutableArray.Create(buffer.AsSpan(0, count));
        if (buffer.Length <= MaxKeptBuffer)
        {
            // Cleared so that the buffer keeps no agreement alive; an unusually long one is not kept at all.
            Array.Clear(buffer, 0, count);
            Buffer<T>.Items = buffer;
        }

        return items;
    }

    private const int MaxKeptBuffer = 256;

    private static class Buffer<T>
    {
        [ThreadStatic]
        public static T[]? Items;
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Missing(),
    };

    private static TextValue ReadText(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return TextValue.Stated(ReadString(ref reader));
        }

        Expect(reader.TokenType == JsonTokenType.StartObject);
        reader.Read();
        Expect(reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual("placeholder"u8));
        reader.Read();
        Expect(reader.TokenType == JsonTokenType.String);
        var text = ReadString(ref reader);
        reader.Read();
        Expect(reader.TokenType == JsonTokenType.EndObject);
        return TextValue.Placeholder(text);
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        Expect(reader.ValueSpan.Length <= AgreementJsonOptions.MaxStringBytes);
        // GetString validates the UTF-8 and the escapes, as the diagnosing reader's pre-check does.
        return reader.GetString()!;
    }

    // The root's $schema is accepted and ignored, but it is still checked as every string is.
    private static void CheckString(ref Utf8JsonReader reader)
    {
        Expect(reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length <= AgreementJsonOptions.MaxStringBytes);
        Expect(reader.ValueIsEscaped ? reader.GetString() is not null : Utf8.IsValid(reader.ValueSpan));
    }

    private static Money ReadMoney(ref Utf8JsonReader reader)
    {
        // The money converter reads the object itself but does not look for duplicate members: check them here first.
        Expect(reader.TokenType == JsonTokenType.StartObject);
        var copy = reader;
        var members = new Members(MoneyNames);
        while (members.Next(ref copy) >= 0)
        {
            Expect(copy.TokenType is JsonTokenType.String or JsonTokenType.Number);
        }

        return Leaf<Money>.Read(ref reader);
    }

    private static readonly MemberNames MoneyNames = new(
        typeof(Money), "amount", "currency");

    private static void Expect([DoesNotReturnIf(false)] bool condition)
    {
        if (!condition)
        {
            throw Missing();
        }
    }

    // Not a diagnosis: the diagnosing reader reads the document again and says what is wrong.
    private static InvalidOperationException Missing() => new("The fast reader does not accept this document.");

    /// <summary>Reads a leaf value with the converter the diagnosing reader uses for it.</summary>
    private static class Leaf<T>
    {
        private static readonly JsonConverter<T> Converter = (JsonConverter<T>)AgreementJsonOptions.Reading.GetTypeInfo(typeof(T)).Converter;

        public static T Read(ref Utf8JsonReader reader) => Converter.Read(ref reader, typeof(T), AgreementJsonOptions.Reading) ?? throw Missing();
    }

    /// <summary>The JSON member names of one model type, in the order they are saved.</summary>
    private sealed class MemberNames
    {
        private readonly byte[][] _names;

        public MemberNames(Type type, params string[] names)
        {
            _names = Array.ConvertAll(names, System.Text.Encoding.UTF8.GetBytes);
            Tables.Add((type, names));
        }

        /// <summary>Finds a name, trying <paramref name="expected"/> first: saved documents list members in order.</summary>
        public int IndexOf(ReadOnlySpan<byte> name, int expected)
        {
            if ((uint)expected < (uint)_names.Length && name.SequenceEqual(_names[expected]))
            {
                return expected;
            }

            for (var i = 0; i < _names.Length; i++)
            {
                if (name.SequenceEqual(_names[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>Walks the members of one object: each name known, none twice, no <c>null</c> values.</summary>
    private struct Members(MemberNames names)
    {
        private ulong _seen;
        private int _next;

        public static Members Start(ref Utf8JsonReader reader, MemberNames names)
        {
            Expect(reader.TokenType == JsonTokenType.StartObject);
            return new Members(names);
        }

        /// <summary>Moves to the next member's value and returns its index, or -1 at the end of the object.</summary>
        public int Next(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return -1;
            }

            Expect(reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped);
            var index = names.IndexOf(reader.ValueSpan, _next);
            Expect(index >= 0 && (_seen & (1UL << index)) == 0);
            _seen |= 1UL << index;
            _next = index + 1;
            reader.Read();
            Expect(reader.TokenType != JsonTokenType.Null);
            return index;
        }

        /// <summary>Checks that member <paramref name="index"/> was present.</summary>
        public readonly void Require(int index) => Expect((_seen & (1UL << index)) != 0);
    }
}
