using System.Collections.Immutable;
using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dpa.Rules.Testing;

/// <content>Sub-processing, locations and transfers, security, breaches, audits, liability, the end of processing and the whole agreement.</content>
public static partial class AgreementGenerators
{
    /// <summary>Gets the sub-processing terms.</summary>
    public static Gen<SubProcessingTerms> SubProcessing =>
        from authorisation in OptionalValue(Enum<SubProcessorAuthorisation>())
        from otherAuthorisation in OptionalValue(Enum<SubProcessorAuthorisation>())
        from listLocation in OptionalValue(Enum<SubProcessorListLocation>())
        from listUrl in Optional(Text)
        from notice in Optional(
            from flags in Gen.Two(OptionalBool)
            from period in OptionalValue(Period)
            from scope in OptionalValue(Enum<NoticeScope>())
            select new AdvanceNotice { Required = flags.Item1, InAdvance = flags.Item2, MinimumPeriod = period, Scope = scope })
        from objection in Optional(
            from available in Gen.Elements(true, false)
            from flags in Gen.Three(OptionalBool)
            from window in OptionalValue(Period)
            from consequence in OptionalValue(Enum<ObjectionConsequence>())
            select new ObjectionRight
            {
                Available = available,
                Window = window,
                RequiresReasonableGrounds = flags.Item1,
                ExcludedWhenConditionsMet = flags.Item2,
                Consequence = consequence,
                FeesRefundedOnTermination = flags.Item3,
            })
        from leadTime in OptionalValue(Period)
        from flowDown in OptionalValue(Enum<FlowDownScope>())
        from fullyLiable in OptionalBool
        from subProcessors in Array(SubProcessor)
        select new SubProcessingTerms
        {
            Authorisation = authorisation,
            OtherAuthorisation = otherAuthorisation,
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
        from restriction in Optional(Restriction)
        from preferred in Optional(Restriction)
        from permitted in Array(Enum<TransferCondition>())
        select new LocationTerms { Processing = processing, Restriction = restriction, PreferredRestriction = preferred, PermittedOutsideWhen = permitted };

    /// <summary>Gets a location restriction.</summary>
    private static Gen<LocationRestriction> Restriction =>
        from scope in Enum<LocationScope>()
        from countries in Array(Country)
        from commitment in OptionalValue(Enum<CommitmentLevel>())
        select new LocationRestriction { Scope = scope, Countries = countries, Commitment = commitment };

    /// <summary>Gets a transfer outside the EEA.</summary>
    public static Gen<Transfer> Transfer =>
        from destination in OptionalValue(Country)
        from recipient in Optional(Text)
        from scope in Optional(Text)
        from safeguard in Optional(Safeguard)
        from occasional in OptionalBool
        select new Transfer { Destination = destination, Recipient = recipient, Scope = scope, Safeguard = safeguard, Occasional = occasional };

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
        from commitments in Gen.Two(OptionalValue(Enum<CommitmentLevel>()))
        from measures in Array(
            from kind in Enum<SecurityMeasureKind>()
            from description in Text
            select new SecurityMeasure { Kind = kind, Description = description })
        from certifications in Array(Certification)
        from periods in Gen.Four(OptionalValue(Period))
        from rto in OptionalValue(Period)
        from screening in Optional(
            from flags in Gen.Three(OptionalBool)
            from renewal in OptionalValue(Period)
            select new PersonnelScreening { BeforeEmployment = flags.Item1, OnlyWhereApplicable = flags.Item2, CertificateOfConduct = flags.Item3, RenewalInterval = renewal })
        from changes in OptionalValue(Enum<SecurityChangePolicy>())
        from disclosure in OptionalValue(Enum<SecurityDisclosure>())
        from additional in OptionalValue(Enum<AdditionalMeasuresPolicy>())
        select new SecurityTerms
        {
            Art32Obligation = art32,
            Commitment = commitments.Item1,
            Measures = measures,
            Certifications = certifications,
            PenetrationTestInterval = periods.Item1,
            LogRetentionMinimum = periods.Item2,
            LogRetentionMaximum = periods.Item3,
            RecoveryPointObjective = periods.Item4,
            RecoveryTimeObjective = rto,
            RecoveryObjectivesCommitment = commitments.Item2,
            Screening = screening,
            Changes = changes,
            Disclosure = disclosure,
            AdditionalMeasures = additional,
        };

    /// <summary>Gets the breach terms.</summary>
    public static Gen<BreachTerms> Breach =>
        from duty in OptionalBool
        from limitations in Array(Enum<BreachNotificationLimitation>())
        from promptness in OptionalValue(Enum<Promptness>())
        from deadline in OptionalValue(Period)
        from trigger in OptionalValue(Enum<BreachTrigger>())
        from content in Array(Enum<BreachContentItem>())
        from reference in Optional(Text)
        from flags in Gen.Three(OptionalBool)
        from more in Gen.Three(OptionalBool)
        from retention in Optional(EndOfLifePeriod)
        select new BreachTerms
        {
            NotificationDuty = duty,
            Limitations = limitations,
            Promptness = promptness,
            Deadline = deadline,
            Trigger = trigger,
            AllInformationForNotification = more.Item3,
            Content = content,
            ContentReference = reference,
            PhasedNotification = flags.Item1,
            RemediationDuty = more.Item1,
            RecordsKept = flags.Item2,
            RecordRetention = retention,
            ProcessorMayNotifyAuthority = flags.Item3,
            ControllerConfidentiality = more.Item2,
        };

    /// <summary>Gets the audit terms.</summary>
    public static Gen<AuditTerms> Audits =>
        from flags in Gen.Three(OptionalBool)
        from auditor in OptionalValue(Enum<AuditorChoice>())
        from condition in OptionalValue(Enum<AuditCondition>())
        from periods in Gen.Three(OptionalValue(Period))
        from cost in OptionalValue(Enum<CostAllocation>())
        from costCap in OptionalValue(Money)
        from limits in Gen.Three(OptionalBool)
        from scope in OptionalValue(Enum<AuditScope>())
        from reportUse in OptionalValue(Enum<AuditReportUse>())
        from refusalGrounds in Array(Enum<AuditRefusalGround>())
        from auditorRequirements in Array(Enum<AuditorRequirement>())
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
            CostCap = costCap,
            InspectionsAllowed = limits.Item1,
            Scope = scope,
            ReportUse = reportUse,
            RefusalGrounds = refusalGrounds,
            AuditorRequirements = auditorRequirements,
            JointAudits = limits.Item2,
            InformationFrequency = periods.Item3,
            InformationFrequencyExceptions = limits.Item3,
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
        from exclusions in Array(Enum<LiabilityExclusion>())
        from fines in OptionalValue(Enum<FineAllocation>())
        select new LiabilityTerms { Cap = cap, ClaimTimeLimit = limit, LimitedToParties = limited, Exclusions = exclusions, Fines = fines };

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
        from returnScope in OptionalValue(Enum<ReturnScope>())
        from returnTerms in Gen.Three(OptionalBool)
        from backups in OrEmpty(Backups)
        select new EndOfProcessingTerms
        {
            Choice = choice,
            CopiesDeleted = flags.Item1,
            DeletionComplete = returnTerms.Item3,
            Deletion = deletion,
            DeletionOnRequest = flags.Item2,
            ReturnWindow = returnWindow,
            ReturnScope = returnScope,
            ReturnConditionalOnPayment = returnTerms.Item1,
            AnonymisationInsteadOfDeletion = returnTerms.Item2,
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
