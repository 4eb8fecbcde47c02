using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Testing;

/// <summary>Ready-made agreements to start a test from.</summary>
public static class Agreements
{
    /// <summary>Gets an executed agreement that states every Art. 28 element the way the Commission's SCCs 2021/915 do, so
    /// that the whole catalog finds nothing in it: change one clause (<see cref="AgreementBuilder"/>, or <c>with</c>) and
    /// what a rule reports is about that clause alone.</summary>
    /// <remarks><para>Processing in the Netherlands and Ireland, one EU sub-processor, 24-hour breach notice, yearly audits,
    /// deletion 30 days after the end with backups purged by then, ISO 27001 certified in 2026. Its clauses cite the SCCs'
    /// numbering. The repository's own tests validate it with the whole catalog as of 2026-11-25.</para></remarks>
    public static ProcessingAgreement Compliant { get; } = CreateCompliant();

    private static ClauseReferences Cite(params string[] clauses) => ClauseReferences.None.With(ClauseReferences.WholeObject, clauses);

    private static ProcessingAgreement CreateCompliant() => new()
    {
        Document = new AgreementDocument
        {
            Clauses = Cite("Clause 1", "Clause 17", "signatures"),
            Title = "Data processing agreement",
            Status = AgreementStatus.Executed,
            Form = AgreementForm.Written,
            DateSigned = new LocalDate(2026, 1, 15),
            GoverningLaw = CountryCode.Netherlands,
            MainAgreement = "Services agreement of 15 January 2026",
            PrevailsOverMainAgreement = true,
            CountingConvention = CountingConvention.Contract,
            Signatures =
            [
                new Signature { Role = PartyRole.Controller, Signatory = "A. Controller", SignedOn = new LocalDate(2026, 1, 15) },
                new Signature { Role = PartyRole.Processor, Signatory = "B. Processor", SignedOn = new LocalDate(2026, 1, 15) },
            ],
        },
        Parties = new Parties
        {
            Clauses = Cite("Annex I"),
            Controllers =
            [
                new Party
                {
                    Name = "Controller B.V.",
                    Country = CountryCode.Netherlands,
                    Contacts =
                    [
                        new Contact { Role = ContactRole.General, Name = "Privacy Officer", Email = "privacy@controller.example" },
                        new Contact { Role = ContactRole.Breach, Name = "Security Desk", Email = "security@controller.example" },
                    ],
                },
            ],
            Processor = new Party
            {
                Name = "Processor B.V.",
                Country = CountryCode.Netherlands,
                Contacts = [new Contact { Role = ContactRole.General, Name = "Data Protection Officer", Email = "dpo@processor.example" }],
            },
        },
        Processing = new ProcessingDescription
        {
            Clauses = Cite("Annex II"),
            SubjectMatter = "Hosting and support of the controller's personnel planning application",
            Duration = new ProcessingDuration { Basis = DurationBasis.MainAgreement },
            Nature = ["storage", "hosting", "support"],
            Purposes = ["personnel planning"],
            PersonalData = ["name", "work e-mail address", "working hours"],
            DataSubjects = ["employees of the controller"],
            SensitiveData = new SensitiveDataTerms { SpecialCategories = DataPresence.Excluded, CriminalData = DataPresence.Excluded },
            ControllerRightsAndObligations = true,
        },
        Instructions = new InstructionTerms
        {
            Clauses = Cite("Clause 7.1", "Clause 7.4", "Clause 7.8"),
            DocumentedInstructionsOnly = true,
            Exceptions = [InstructionCarveOut.UnionOrMemberStateLaw],
            InstructionsCoverTransfers = true,
            LegalRequirementNotice = true,
            LegalRequirementNoticeBeforeProcessing = true,
            InfringingInstructionNotice = new NoticeTerms { Promptness = Promptness.Immediately },
            OwnPurposesExcluded = true,
            PersonnelConfidentiality = true,
        },
        Assistance = new AssistanceTerms
        {
            Clauses = Cite("Clause 8"),
            DataSubjectRequests = new DataSubjectAssistance { Provided = true, ResponsePeriod = ContractualPeriod.FromDays(5) },
            Security = true,
            BreachNotification = true,
            ImpactAssessment = true,
            PriorConsultation = true,
        },
        SubProcessing = new SubProcessingTerms
        {
            Clauses = Cite("Clause 7.7", "Annex IV"),
            Authorisation = SubProcessorAuthorisation.General,
            ListLocation = SubProcessorListLocation.InAgreement,
            ChangeNotice = new AdvanceNotice { Required = true, InAdvance = true, MinimumPeriod = ContractualPeriod.FromDays(30) },
            ObjectionRight = new ObjectionRight { Available = true, Window = ContractualPeriod.FromDays(14) },
            FlowDown = FlowDownScope.SameObligations,
            ProcessorFullyLiable = true,
            SubProcessors = [new SubProcessor { Name = "Data Centre B.V.", Service = "hosting", Locations = [CountryCode.Netherlands], EstablishedIn = CountryCode.Netherlands }],
        },
        Locations = new LocationTerms
        {
            Clauses = Cite("Clause 7.8", "Annex I"),
            Processing = [new ProcessingLocation { Country = CountryCode.Netherlands, Provider = "Data Centre B.V." }],
            Restriction = new LocationRestriction { Scope = LocationScope.EuropeanEconomicArea, Commitment = CommitmentLevel.Binding },
        },
        Security = new SecurityTerms
        {
            Clauses = Cite("Clause 7.4", "Annex III"),
            Art32Obligation = true,
            Measures =
            [
                new SecurityMeasure { Kind = SecurityMeasureKind.Encryption, Description = "encryption at rest and in transit" },
                new SecurityMeasure { Kind = SecurityMeasureKind.Availability, Description = "redundant storage in two data centres" },
                new SecurityMeasure { Kind = SecurityMeasureKind.Restoration, Description = "tested restore from backups" },
                new SecurityMeasure { Kind = SecurityMeasureKind.Testing, Description = "yearly penetration test" },
                new SecurityMeasure { Kind = SecurityMeasureKind.AccessControl, Description = "role-based access with two-factor authentication" },
            ],
        },
        Breach = new BreachTerms
        {
            Clauses = Cite("Clause 9.2"),
            NotificationDuty = true,
            Promptness = Promptness.WithoutUndueDelay,
            Deadline = ContractualPeriod.FromHours(24),
            Trigger = BreachTrigger.Awareness,
            Content = [BreachContentItem.NatureAndScale, BreachContentItem.ContactPoint, BreachContentItem.LikelyConsequences, BreachContentItem.Measures],
        },
        Audits = new AuditTerms
        {
            Clauses = Cite("Clause 7.6"),
            InformationDuty = true,
            AuditsAllowed = true,
            Auditor = AuditorChoice.ControllerOrMandated,
            MaximumFrequency = ContractualPeriod.FromYears(1),
            Condition = AuditCondition.AtIntervals,
            FrequencyExceptions = true,
        },
        EndOfProcessing = new EndOfProcessingTerms
        {
            Clauses = Cite("Clause 10(d)"),
            Choice = EndOfServiceChoice.ControllerChooses,
            CopiesDeleted = true,
            Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30) },
            ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(14) },
            DeletionCertification = true,
            RetentionExceptions = [RetentionBasis.UnionOrMemberStateLaw],
            ControllerMaySuspend = true,
            ControllerMayTerminate = true,
            Backups = new BackupTerms
            {
                Retention = ContractualPeriod.FromDays(14),
                PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(0), From = EndOfLifeTrigger.DeletionDeadline },
            },
        },
        Amendments = new AmendmentTerms { Clauses = Cite("Clause 5"), ProcessorMayAmendUnilaterally = false, RequiresWrittenAgreement = true },
    };
}
