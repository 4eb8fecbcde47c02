using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog;

/// <summary>The words and phrases the built-in rules pass as message arguments, each the resource <c>Argument{field}</c> in
/// English and Dutch, and the names of parties and sub-processors.</summary>
/// <remarks><para>A rule never passes an English literal or an enum identifier as an argument: it passes one of these, a
/// <see cref="ContractualPeriod"/> or a <see cref="UnitCount"/> (written for people in the message's language), an ISO date,
/// a country code, a path or a name. Names are the only arguments in quotes: the templates quote nothing.</para></remarks>
internal static class ArgumentTexts
{
    // Parties, when the agreement names none.
    public static readonly ArgumentText TheController = new("ArgumentTheController");
    public static readonly ArgumentText TheProcessor = new("ArgumentTheProcessor");
    public static readonly ArgumentText UnnamedSubProcessor = new("ArgumentUnnamedSubProcessor");

    // DPA1001: why the agreement is not shown to be in writing.
    public static readonly ArgumentText ConcludedOrally = new("ArgumentConcludedOrally");
    public static readonly ArgumentText NoDateOrSignatures = new("ArgumentNoDateOrSignatures");
    public static readonly ArgumentText AcceptedByUse = new("ArgumentAcceptedByUse");

    // DPA1002: the identifying detail that is missing.
    public static readonly ArgumentText LegalName = new("ArgumentLegalName");
    public static readonly ArgumentText CountryOfEstablishment = new("ArgumentCountryOfEstablishment");
    public static readonly ArgumentText AddressOrContact = new("ArgumentAddressOrContact");

    // DPA2002: why the duration cannot be determined.
    public static readonly ArgumentText DurationNotStated = new("ArgumentDurationNotStated");
    public static readonly ArgumentText TermLengthNotStated = new("ArgumentTermLengthNotStated");
    public static readonly ArgumentText EndDateNotStated = new("ArgumentEndDateNotStated");
    public static readonly ArgumentText MainAgreementNotIdentified = new("ArgumentMainAgreementNotIdentified");

    // DPA3008: no time left at all.
    public static readonly ArgumentText NoTime = new("ArgumentNoTime");

    // DPA3009: what the processor need not assist with.
    public static readonly ArgumentText Articles32To36 = new("ArgumentArticles32To36");
    public static readonly ArgumentText SecurityOfProcessing = new("ArgumentSecurityOfProcessing");
    public static readonly ArgumentText BreachNotification = new("ArgumentBreachNotification");
    public static readonly ArgumentText ImpactAssessments = new("ArgumentImpactAssessments");
    public static readonly ArgumentText PriorConsultation = new("ArgumentPriorConsultation");

    // DPA1004: why the governing law is not a member state's; GovernedByLawOf takes the country code.
    public static readonly ArgumentText GoverningLawNotStated = new("ArgumentGoverningLawNotStated");
    public static readonly ArgumentText GoverningLawBlank = new("ArgumentGoverningLawBlank");
    public static readonly ArgumentText GovernedByLawOf = new("ArgumentGovernedByLawOf");

    // DPA1005: what the agreement says of precedence.
    public static readonly ArgumentText PrecedenceNotStated = new("ArgumentPrecedenceNotStated");
    public static readonly ArgumentText MainAgreementPrevails = new("ArgumentMainAgreementPrevails");

    // DPA1007: how the liability terms reach beyond the parties.
    public static readonly ArgumentText CapNotLimitedToParties = new("ArgumentCapNotLimitedToParties");
    public static readonly ArgumentText ControllerBearsProcessorFines = new("ArgumentControllerBearsProcessorFines");

    // DPA1008: the remedies the controller lacks.
    public static readonly ArgumentText SuspendOrTerminate = new("ArgumentSuspendOrTerminate");
    public static readonly ArgumentText TerminateTheAgreement = new("ArgumentTerminateTheAgreement");

    // DPA3002: why transfers are not on instructions.
    public static readonly ArgumentText TransfersNotStated = new("ArgumentTransfersNotStated");
    public static readonly ArgumentText TransfersWithoutInstructions = new("ArgumentTransfersWithoutInstructions");
    public static readonly ArgumentText TransfersWhereverMechanismAvailable = new("ArgumentTransfersWhereverMechanismAvailable");

    // DPA3003: the notice of a legal requirement to process.
    public static readonly ArgumentText NoticeDutyNotStated = new("ArgumentNoticeDutyNotStated");
    public static readonly ArgumentText NoticeDutyExcluded = new("ArgumentNoticeDutyExcluded");
    public static readonly ArgumentText NoticeAfterProcessing = new("ArgumentNoticeAfterProcessing");
    public static readonly ArgumentText NoticeTimingNotStated = new("ArgumentNoticeTimingNotStated");

    // DPA3010: the assistance charged for.
    public static readonly ArgumentText AssistanceWithRequests = new("ArgumentAssistanceWithRequests");
    public static readonly ArgumentText AssistanceGenerally = new("ArgumentAssistanceGenerally");

    // DPA3011: the ground for processing without instructions.
    public static readonly ArgumentText WhereProcessorConsidersNecessary = new("ArgumentWhereProcessorConsidersNecessary");
    public static readonly ArgumentText ForRelatedPurposes = new("ArgumentForRelatedPurposes");
    public static readonly ArgumentText WhereAnyLawRequires = new("ArgumentWhereAnyLawRequires");

    // DPA4002: where the list of sub-processors is.
    public static readonly ArgumentText ListOnWebPage = new("ArgumentListOnWebPage");
    public static readonly ArgumentText ListOnRequest = new("ArgumentListOnRequest");
    public static readonly ArgumentText ListNotStated = new("ArgumentListNotStated");

    // DPA4003: the notice of sub-processor changes; NoticeInAdvance takes the period.
    public static readonly ArgumentText NoNotice = new("ArgumentNoNotice");
    public static readonly ArgumentText NoticeNotInAdvance = new("ArgumentNoticeNotInAdvance");
    public static readonly ArgumentText NoticePeriodNotStated = new("ArgumentNoticePeriodNotStated");
    public static readonly ArgumentText NoticeInAdvance = new("ArgumentNoticeInAdvance");

    // DPA4004: the objection right.
    public static readonly ArgumentText ObjectionNotStated = new("ArgumentObjectionNotStated");
    public static readonly ArgumentText ObjectionExcluded = new("ArgumentObjectionExcluded");
    public static readonly ArgumentText ObjectionWaivedInAdvance = new("ArgumentObjectionWaivedInAdvance");

    // DPA4005: the flow-down of obligations.
    public static readonly ArgumentText FlowDownPartial = new("ArgumentFlowDownPartial");
    public static readonly ArgumentText FlowDownNone = new("ArgumentFlowDownNone");
    public static readonly ArgumentText FlowDownNotStated = new("ArgumentFlowDownNotStated");

    // DPA4006: the liability for sub-processors.
    public static readonly ArgumentText LiabilityNotStated = new("ArgumentLiabilityNotStated");
    public static readonly ArgumentText LiabilityExcluded = new("ArgumentLiabilityExcluded");

    // DPA4010: what an objection to a sub-processor leads to.
    public static readonly ArgumentText ObjectionWithoutEffect = new("ArgumentObjectionWithoutEffect");
    public static readonly ArgumentText TerminationWithoutRefund = new("ArgumentTerminationWithoutRefund");
    public static readonly ArgumentText TerminationRefundNotStated = new("ArgumentTerminationRefundNotStated");

    // DPA4011: the regimes for sub-processors.
    public static readonly ArgumentText RegimeGeneral = new("ArgumentRegimeGeneral");
    public static readonly ArgumentText RegimeSpecific = new("ArgumentRegimeSpecific");
    public static readonly ArgumentText RegimeNotAllowed = new("ArgumentRegimeNotAllowed");

    // DPA5005, DPA5007, DPA5008: a recipient of a stated transfer (its description is free text, never quoted).
    public static readonly ArgumentText TheRecipient = new("ArgumentTheRecipient");

    // DPA5006: the modules of the 2021/914 clauses that do not fit a sub-processor.
    public static readonly ArgumentText ModuleControllerToController = new("ArgumentModuleControllerToController");
    public static readonly ArgumentText ModuleControllerToProcessor = new("ArgumentModuleControllerToProcessor");
    public static readonly ArgumentText ModuleProcessorToController = new("ArgumentModuleProcessorToController");

    // DPA5002, DPA5004: places.
    public static readonly ArgumentText AnyCountry = new("ArgumentAnyCountry");
    public static readonly ArgumentText TheEuropeanUnion = new("ArgumentTheEuropeanUnion");
    public static readonly ArgumentText TheEuropeanEconomicArea = new("ArgumentTheEuropeanEconomicArea");

    // DPA6007: how the security measures are kept from the controller.
    public static readonly ArgumentText MeasuresInspectionOnly = new("ArgumentMeasuresInspectionOnly");
    public static readonly ArgumentText MeasuresWithheld = new("ArgumentMeasuresWithheld");

    // DPA7008: the breaches the processor need not notify.
    public static readonly ArgumentText OnlyAdverseBreaches = new("ArgumentOnlyAdverseBreaches");
    public static readonly ArgumentText OnlyOccurredBreaches = new("ArgumentOnlyOccurredBreaches");
    // DPA8002: what the agreement does not allow for.
    public static readonly ArgumentText AuditsIncludingInspections = new("ArgumentAuditsIncludingInspections");
    public static readonly ArgumentText Inspections = new("ArgumentInspections");

    // DPA8004: the only occasion for an audit.
    public static readonly ArgumentText OnSuspicion = new("ArgumentOnSuspicion");
    public static readonly ArgumentText OnDemonstratedSuspicion = new("ArgumentOnDemonstratedSuspicion");

    // DPA8006: how the controller bears the costs of audits.
    public static readonly ArgumentText CostsInFull = new("ArgumentCostsInFull");
    public static readonly ArgumentText CostsAtProcessorRates = new("ArgumentCostsAtProcessorRates");

    // DPA8007: how the processor's reports take the place of an audit.
    public static readonly ArgumentText AuditsOnlyThroughReports = new("ArgumentAuditsOnlyThroughReports");
    public static readonly ArgumentText ProcessorReportInsteadOfAudit = new("ArgumentProcessorReportInsteadOfAudit");
    public static readonly ArgumentText ProcessorReportsReviewedFirst = new("ArgumentProcessorReportsReviewedFirst");

    // DPA8008: the processor's grounds to refuse an audit or a request for information.
    public static readonly ArgumentText RefusalForBurden = new("ArgumentRefusalForBurden");
    public static readonly ArgumentText RefusalForConfidentiality = new("ArgumentRefusalForConfidentiality");
    public static readonly ArgumentText RefusalForNoAdditionalInformation = new("ArgumentRefusalForNoAdditionalInformation");

    // DPA8009: what an audit may examine.
    public static readonly ArgumentText ScopeRecords = new("ArgumentScopeRecords");
    public static readonly ArgumentText ScopeSecurityMeasures = new("ArgumentScopeSecurityMeasures");

    // DPA9003: what a retention exception rests on.
    public static readonly ArgumentText ProcessorsOwnPolicy = new("ArgumentProcessorsOwnPolicy");
    public static readonly ArgumentText ThirdCountryLaw = new("ArgumentThirdCountryLaw");
    public static readonly ArgumentText AnyObligation = new("ArgumentAnyObligation");
    public static readonly ArgumentText UnspecifiedLaw = new("ArgumentUnspecifiedLaw");

    // DPA9008: an end-of-life period the agreement states; each takes the period.
    public static readonly ArgumentText DeletionPeriodOf = new("ArgumentDeletionPeriodOf");
    public static readonly ArgumentText ReturnWindowOf = new("ArgumentReturnWindowOf");
    public static readonly ArgumentText BackupPurgeWithin = new("ArgumentBackupPurgeWithin");
    public static readonly ArgumentText BreachRecordsKeptFor = new("ArgumentBreachRecordsKeptFor");

    // DPA9001: who chooses between return and deletion.
    public static readonly ArgumentText DeletionOnly = new("ArgumentDeletionOnly");
    public static readonly ArgumentText ReturnOnly = new("ArgumentReturnOnly");
    public static readonly ArgumentText ProcessorChooses = new("ArgumentProcessorChooses");
    public static readonly ArgumentText ChoiceNotStated = new("ArgumentChoiceNotStated");

    // DPA9002: what the agreement says of copies.
    public static readonly ArgumentText CopiesNotNamed = new("ArgumentCopiesNotNamed");
    public static readonly ArgumentText CopiesNotStated = new("ArgumentCopiesNotStated");
    public static readonly ArgumentText CopiesKept = new("ArgumentCopiesKept");

    // DPA9004: the deletion period and the deadline it gives; the phrases take the end date (and the deadline).
    public static readonly ArgumentText DeletionPeriodNotStated = new("ArgumentDeletionPeriodNotStated");
    public static readonly ArgumentText DeletionDeadlineOn = new("ArgumentDeletionDeadlineOn");
    public static readonly ArgumentText DeletionDeadlineAfterCalendar = new("ArgumentDeletionDeadlineAfterCalendar");
    public static readonly ArgumentText NoDeletionDeadline = new("ArgumentNoDeletionDeadline");

    /// <summary>Gets a party's or sub-processor's name in quotes (<c>'Verwerker B.V.'</c>), or <paramref name="unnamed"/>
    /// when the agreement states none (a placeholder is no name).</summary>
    /// <param name="name">The name, if any.</param>
    /// <param name="unnamed">The words for the party without a name, e.g. <see cref="TheProcessor"/>.</param>
    public static object Name(TextValue? name, ArgumentText unnamed) =>
        name is { IsStated: true } stated ? "'" + stated.Text + "'" : unnamed;
}
