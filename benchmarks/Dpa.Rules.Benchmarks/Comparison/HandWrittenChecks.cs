using Dpa.Rules.Model;

namespace Dpa.Rules.Benchmarks.Comparison;

/// <summary>The subset's conditions as a developer would write them by hand: one method, a list of failures.</summary>
internal static class HandWrittenChecks
{
    public static List<HandWrittenFailure> Check(ProcessingAgreement agreement)
    {
        var failures = new List<HandWrittenFailure>();
        var status = agreement.Document.Status;

        var processing = agreement.Processing;
        if (!Counts(processing.SubjectMatter, status))
        {
            failures.Add(new("DPA2001", "$.processing.subjectMatter", "The subject matter of the processing is not stated."));
        }

        if (!AnyCounts(processing.Nature, status))
        {
            failures.Add(new("DPA2003", "$.processing.nature", "The nature of the processing is not stated."));
        }

        if (!AnyCounts(processing.Purposes, status))
        {
            failures.Add(new("DPA2004", "$.processing.purposes", "The purpose of the processing is not stated."));
        }

        if (!AnyCounts(processing.PersonalData, status))
        {
            failures.Add(new("DPA2005", "$.processing.personalData", "The types of personal data are not stated."));
        }

        if (!AnyCounts(processing.DataSubjects, status))
        {
            failures.Add(new("DPA2006", "$.processing.dataSubjects", "The categories of data subjects are not stated."));
        }

        var sensitive = processing.SensitiveData;
        var special = sensitive.SpecialCategories == DataPresence.Present
            || (sensitive.SpecialCategories != DataPresence.Excluded && !sensitive.SpecialCategoryKinds.IsEmpty);
        if ((special || sensitive.CriminalData == DataPresence.Present) && !AnyCounts(sensitive.Safeguards, status))
        {
            failures.Add(new("DPA2008", "$.processing.sensitiveData.safeguards", "Sensitive data are processed without safeguards."));
        }

        var instructions = agreement.Instructions;
        if (instructions.DocumentedInstructionsOnly != true)
        {
            failures.Add(new("DPA3001", "$.instructions.documentedInstructionsOnly", "Processing is not limited to documented instructions."));
        }

        var notice = instructions.InfringingInstructionNotice;
        if (notice is null)
        {
            failures.Add(new("DPA3004", "$.instructions.infringingInstructionNotice", "No duty to report infringing instructions."));
        }
        else if (notice.Promptness is Promptness.WithoutUndueDelay or Promptness.BestEfforts)
        {
            failures.Add(new("DPA3004", "$.instructions.infringingInstructionNotice.promptness", "Infringing instructions are not reported immediately."));
        }
        else if (notice.Promptness == Promptness.WithinPeriod && notice.Period is not { Count: 0 })
        {
            failures.Add(new("DPA3004", "$.instructions.infringingInstructionNotice.period", "Infringing instructions are not reported immediately."));
        }

        if (instructions.PersonnelConfidentiality != true)
        {
            failures.Add(new("DPA3006", "$.instructions.personnelConfidentiality", "Personnel are not bound to confidentiality."));
        }

        var requests = agreement.Assistance.DataSubjectRequests;
        if (requests is null)
        {
            failures.Add(new("DPA3007", "$.assistance.dataSubjectRequests", "No assistance with data subject requests."));
        }
        else if (!requests.Provided)
        {
            failures.Add(new("DPA3007", "$.assistance.dataSubjectRequests.provided", "No assistance with data subject requests."));
        }

        var subProcessing = agreement.SubProcessing;
        if (subProcessing.Authorisation is null)
        {
            failures.Add(new("DPA4001", "$.subProcessing.authorisation", "The sub-processor authorisation is not stated."));
        }

        if (subProcessing.Authorisation == SubProcessorAuthorisation.General)
        {
            if (subProcessing.ObjectionRight is not { Available: true } right)
            {
                failures.Add(new("DPA4004", "$.subProcessing.objectionRight", "General authorisation without a right to object."));
            }
            else if (right.ExcludedWhenConditionsMet == true)
            {
                failures.Add(new("DPA4004", "$.subProcessing.objectionRight.excludedWhenConditionsMet", "The right to object is waived in advance."));
            }
        }

        var subProcessingAllowed = subProcessing.Authorisation is SubProcessorAuthorisation.Specific or SubProcessorAuthorisation.General
            || !subProcessing.SubProcessors.IsEmpty;
        if (subProcessingAllowed && subProcessing.FlowDown != FlowDownScope.SameObligations)
        {
            failures.Add(new("DPA4005", "$.subProcessing.flowDown", "Obligations are not flowed down to sub-processors."));
        }

        if (subProcessingAllowed && subProcessing.ProcessorFullyLiable != true)
        {
            failures.Add(new("DPA4006", "$.subProcessing.processorFullyLiable", "The processor is not fully liable for sub-processors."));
        }

        var breach = agreement.Breach;
        if (breach.NotificationDuty != true)
        {
            failures.Add(new("DPA7001", "$.breach.notificationDuty", "No duty to notify personal data breaches."));
        }
        else
        {
            if (breach.Deadline is null && breach.Promptness != Promptness.Immediately)
            {
                failures.Add(new("DPA7002", "$.breach.deadline", "No concrete breach notification deadline."));
            }

            var content = breach.Content;
            if (!content.Contains(BreachContentItem.NatureAndScale))
            {
                failures.Add(new("DPA7005", "$.breach.content", "Breach notification content misses Art. 33(3)(a)."));
            }

            if (!content.Contains(BreachContentItem.ContactPoint))
            {
                failures.Add(new("DPA7005", "$.breach.content", "Breach notification content misses Art. 33(3)(b)."));
            }

            if (!content.Contains(BreachContentItem.LikelyConsequences))
            {
                failures.Add(new("DPA7005", "$.breach.content", "Breach notification content misses Art. 33(3)(c)."));
            }

            if (!content.Contains(BreachContentItem.Measures))
            {
                failures.Add(new("DPA7005", "$.breach.content", "Breach notification content misses Art. 33(3)(d)."));
            }
        }

        var audits = agreement.Audits;
        if (audits.InformationDuty != true)
        {
            failures.Add(new("DPA8001", "$.audits.informationDuty", "No duty to make compliance information available."));
        }

        if (audits.AuditsAllowed != true)
        {
            failures.Add(new("DPA8002", "$.audits.auditsAllowed", "Audits are not allowed."));
        }
        else if (audits.InspectionsAllowed == false)
        {
            failures.Add(new("DPA8002", "$.audits.inspectionsAllowed", "Inspections are excluded."));
        }

        if (audits.Auditor == AuditorChoice.ProcessorSelected)
        {
            failures.Add(new("DPA8003", "$.audits.auditor", "The processor selects the auditor."));
        }

        if (audits.Condition is AuditCondition.OnlyOnSuspicion or AuditCondition.OnlyOnDemonstratedSuspicion)
        {
            failures.Add(new("DPA8004", "$.audits.condition", "Audits only on suspicion."));
        }

        return failures;
    }

    private static bool Counts(TextValue? value, AgreementStatus status) =>
        value is not null && (value.IsStated || status != AgreementStatus.Executed);

    private static bool AnyCounts(System.Collections.Immutable.ImmutableArray<TextValue> values, AgreementStatus status)
    {
        foreach (var value in values)
        {
            if (Counts(value, status))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One failure of the hand-written checks.</summary>
public sealed record HandWrittenFailure(string RuleId, string Path, string Message);
