using System.Collections.Immutable;
using Dpa.Rules.Model;
using FluentValidation;

namespace Dpa.Rules.Benchmarks.Comparison;

/// <summary>The subset's conditions as an idiomatic FluentValidation 12 validator: one rule chain per catalog rule.</summary>
/// <remarks><para>Error codes are the catalog's rule ids and property names its JSON paths, so that the guard can compare
/// the three implementations finding by finding.</para></remarks>
internal sealed class FluentAgreementValidator : AbstractValidator<ProcessingAgreement>
{
    public FluentAgreementValidator()
    {
        RuleFor(a => a.Processing.SubjectMatter)
            .Must((a, value) => Counts(value, a.Document.Status))
            .WithErrorCode("DPA2001").OverridePropertyName("$.processing.subjectMatter")
            .WithMessage("The subject matter of the processing is not stated.");
        RuleFor(a => a.Processing.Nature)
            .Must((a, values) => AnyCounts(values, a.Document.Status))
            .WithErrorCode("DPA2003").OverridePropertyName("$.processing.nature")
            .WithMessage("The nature of the processing is not stated.");
        RuleFor(a => a.Processing.Purposes)
            .Must((a, values) => AnyCounts(values, a.Document.Status))
            .WithErrorCode("DPA2004").OverridePropertyName("$.processing.purposes")
            .WithMessage("The purpose of the processing is not stated.");
        RuleFor(a => a.Processing.PersonalData)
            .Must((a, values) => AnyCounts(values, a.Document.Status))
            .WithErrorCode("DPA2005").OverridePropertyName("$.processing.personalData")
            .WithMessage("The types of personal data are not stated.");
        RuleFor(a => a.Processing.DataSubjects)
            .Must((a, values) => AnyCounts(values, a.Document.Status))
            .WithErrorCode("DPA2006").OverridePropertyName("$.processing.dataSubjects")
            .WithMessage("The categories of data subjects are not stated.");
        RuleFor(a => a.Processing.SensitiveData.Safeguards)
            .Must((a, values) => AnyCounts(values, a.Document.Status))
            .When(a => IsSensitive(a.Processing.SensitiveData))
            .WithErrorCode("DPA2008").OverridePropertyName("$.processing.sensitiveData.safeguards")
            .WithMessage("Sensitive data are processed without safeguards.");

        RuleFor(a => a.Instructions.DocumentedInstructionsOnly)
            .Equal(true)
            .WithErrorCode("DPA3001").OverridePropertyName("$.instructions.documentedInstructionsOnly")
            .WithMessage("Processing is not limited to documented instructions.");
        RuleFor(a => a.Instructions.InfringingInstructionNotice)
            .NotNull()
            .WithErrorCode("DPA3004").OverridePropertyName("$.instructions.infringingInstructionNotice")
            .WithMessage("No duty to report infringing instructions.");
        RuleFor(a => a.Instructions.InfringingInstructionNotice)
            .Must(notice => notice is null || notice.Promptness is not (Promptness.WithoutUndueDelay or Promptness.BestEfforts))
            .WithErrorCode("DPA3004").OverridePropertyName("$.instructions.infringingInstructionNotice.promptness")
            .WithMessage("Infringing instructions are not reported immediately.");
        RuleFor(a => a.Instructions.InfringingInstructionNotice)
            .Must(notice => notice is not { Promptness: Promptness.WithinPeriod } || notice.Period is { Count: 0 })
            .WithErrorCode("DPA3004").OverridePropertyName("$.instructions.infringingInstructionNotice.period")
            .WithMessage("Infringing instructions are not reported immediately.");
        RuleFor(a => a.Instructions.PersonnelConfidentiality)
            .Equal(true)
            .WithErrorCode("DPA3006").OverridePropertyName("$.instructions.personnelConfidentiality")
            .WithMessage("Personnel are not bound to confidentiality.");
        RuleFor(a => a.Assistance.DataSubjectRequests)
            .NotNull()
            .WithErrorCode("DPA3007").OverridePropertyName("$.assistance.dataSubjectRequests")
            .WithMessage("No assistance with data subject requests.");
        RuleFor(a => a.Assistance.DataSubjectRequests)
            .Must(requests => requests is null || requests.Provided)
            .WithErrorCode("DPA3007").OverridePropertyName("$.assistance.dataSubjectRequests.provided")
            .WithMessage("No assistance with data subject requests.");

        RuleFor(a => a.SubProcessing.Authorisation)
            .NotNull()
            .WithErrorCode("DPA4001").OverridePropertyName("$.subProcessing.authorisation")
            .WithMessage("The sub-processor authorisation is not stated.");
        RuleFor(a => a.SubProcessing.ObjectionRight)
            .Must(right => right is { Available: true })
            .When(a => a.SubProcessing.Authorisation == SubProcessorAuthorisation.General)
            .WithErrorCode("DPA4004").OverridePropertyName("$.subProcessing.objectionRight")
            .WithMessage("General authorisation without a right to object.");
        RuleFor(a => a.SubProcessing.ObjectionRight)
            .Must(right => right is not { Available: true, ExcludedWhenConditionsMet: true })
            .When(a => a.SubProcessing.Authorisation == SubProcessorAuthorisation.General)
            .WithErrorCode("DPA4004").OverridePropertyName("$.subProcessing.objectionRight.excludedWhenConditionsMet")
            .WithMessage("The right to object is waived in advance.");
        RuleFor(a => a.SubProcessing.FlowDown)
            .Equal(FlowDownScope.SameObligations)
            .When(a => SubProcessingAllowed(a.SubProcessing))
            .WithErrorCode("DPA4005").OverridePropertyName("$.subProcessing.flowDown")
            .WithMessage("Obligations are not flowed down to sub-processors.");
        RuleFor(a => a.SubProcessing.ProcessorFullyLiable)
            .Equal(true)
            .When(a => SubProcessingAllowed(a.SubProcessing))
            .WithErrorCode("DPA4006").OverridePropertyName("$.subProcessing.processorFullyLiable")
            .WithMessage("The processor is not fully liable for sub-processors.");

        RuleFor(a => a.Breach.NotificationDuty)
            .Equal(true)
            .WithErrorCode("DPA7001").OverridePropertyName("$.breach.notificationDuty")
            .WithMessage("No duty to notify personal data breaches.");
        RuleFor(a => a.Breach.Deadline)
            .NotNull()
            .When(a => a.Breach.NotificationDuty == true && a.Breach.Promptness != Promptness.Immediately)
            .WithErrorCode("DPA7002").OverridePropertyName("$.breach.deadline")
            .WithMessage("No concrete breach notification deadline.");
        When(a => a.Breach.NotificationDuty == true, () =>
        {
            RuleFor(a => a.Breach.Content)
                .Must(content => content.Contains(BreachContentItem.NatureAndScale))
                .WithErrorCode("DPA7005").OverridePropertyName("$.breach.content")
                .WithMessage("Breach notification content misses Art. 33(3)(a).");
            RuleFor(a => a.Breach.Content)
                .Must(content => content.Contains(BreachContentItem.ContactPoint))
                .WithErrorCode("DPA7005").OverridePropertyName("$.breach.content")
                .WithMessage("Breach notification content misses Art. 33(3)(b).");
            RuleFor(a => a.Breach.Content)
                .Must(content => content.Contains(BreachContentItem.LikelyConsequences))
                .WithErrorCode("DPA7005").OverridePropertyName("$.breach.content")
                .WithMessage("Breach notification content misses Art. 33(3)(c).");
            RuleFor(a => a.Breach.Content)
                .Must(content => content.Contains(BreachContentItem.Measures))
                .WithErrorCode("DPA7005").OverridePropertyName("$.breach.content")
                .WithMessage("Breach notification content misses Art. 33(3)(d).");
        });

        RuleFor(a => a.Audits.InformationDuty)
            .Equal(true)
            .WithErrorCode("DPA8001").OverridePropertyName("$.audits.informationDuty")
            .WithMessage("No duty to make compliance information available.");
        RuleFor(a => a.Audits.AuditsAllowed)
            .Equal(true)
            .WithErrorCode("DPA8002").OverridePropertyName("$.audits.auditsAllowed")
            .WithMessage("Audits are not allowed.");
        RuleFor(a => a.Audits.InspectionsAllowed)
            .NotEqual(false)
            .When(a => a.Audits.AuditsAllowed == true)
            .WithErrorCode("DPA8002").OverridePropertyName("$.audits.inspectionsAllowed")
            .WithMessage("Inspections are excluded.");
        RuleFor(a => a.Audits.Auditor)
            .NotEqual(AuditorChoice.ProcessorSelected)
            .WithErrorCode("DPA8003").OverridePropertyName("$.audits.auditor")
            .WithMessage("The processor selects the auditor.");
        RuleFor(a => a.Audits.Condition)
            .Must(condition => condition is not (AuditCondition.OnlyOnSuspicion or AuditCondition.OnlyOnDemonstratedSuspicion))
            .WithErrorCode("DPA8004").OverridePropertyName("$.audits.condition")
            .WithMessage("Audits only on suspicion.");
    }

    private static bool IsSensitive(SensitiveDataTerms terms) =>
        terms.SpecialCategories == DataPresence.Present
        || (terms.SpecialCategories != DataPresence.Excluded && !terms.SpecialCategoryKinds.IsEmpty)
        || terms.CriminalData == DataPresence.Present;

    private static bool SubProcessingAllowed(SubProcessingTerms terms) =>
        terms.Authorisation is SubProcessorAuthorisation.Specific or SubProcessorAuthorisation.General || !terms.SubProcessors.IsEmpty;

    private static bool Counts(TextValue? value, AgreementStatus status) =>
        value is not null && (value.IsStated || status != AgreementStatus.Executed);

    private static bool AnyCounts(ImmutableArray<TextValue> values, AgreementStatus status) =>
        values.Any(value => Counts(value, status));
}
