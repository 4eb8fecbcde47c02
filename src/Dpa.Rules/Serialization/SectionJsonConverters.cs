using System.Collections.Immutable;
using System.Text.Json;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Serialization;

/// <summary>Reads the agreement root: <c>formatVersion</c> is required and <c>$schema</c> is accepted and ignored.</summary>
internal sealed class ProcessingAgreementJsonConverter : SectionJsonConverter<ProcessingAgreement>
{
    protected override bool ReadExtra(ref Utf8JsonReader reader, string name)
    {
        if (name != "$schema")
        {
            return false;
        }

        return reader.TokenType == JsonTokenType.String
            ? true
            : throw new JsonReadFailure("Expected '$schema' as a string: the address of the JSON Schema.", "['$schema']");
    }

    protected override bool IsRequired(string name) => name == "formatVersion";

    protected override ProcessingAgreement Create(SectionValues values)
    {
        var version = values.Get<int>("formatVersion");
        if (version != ProcessingAgreement.CurrentFormatVersion)
        {
            throw new JsonReadFailure(AgreementJsonReader.UnsupportedVersionReason(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ".formatVersion");
        }

        return new ProcessingAgreement
        {
            FormatVersion = version,
            Document = values.Get<AgreementDocument>("document")!,
            Parties = values.Get<Parties>("parties")!,
            Processing = values.Get<ProcessingDescription>("processing") ?? new(),
            Instructions = values.Get<InstructionTerms>("instructions") ?? new(),
            Assistance = values.Get<AssistanceTerms>("assistance") ?? new(),
            SubProcessing = values.Get<SubProcessingTerms>("subProcessing") ?? new(),
            Locations = values.Get<LocationTerms>("locations") ?? new(),
            Transfers = values.Get<ImmutableArray<Transfer>>("transfers"),
            Security = values.Get<SecurityTerms>("security") ?? new(),
            Breach = values.Get<BreachTerms>("breach") ?? new(),
            Audits = values.Get<AuditTerms>("audits") ?? new(),
            Liability = values.Get<LiabilityTerms>("liability") ?? new(),
            EndOfProcessing = values.Get<EndOfProcessingTerms>("endOfProcessing") ?? new(),
            Amendments = values.Get<AmendmentTerms>("amendments") ?? new(),
        };
    }
}

/// <summary>Reads the document facts; an omitted <c>timeZone</c> is <see cref="AgreementDocument.DefaultTimeZone"/>.</summary>
internal sealed class AgreementDocumentJsonConverter : SectionJsonConverter<AgreementDocument>
{
    protected override AgreementDocument Create(SectionValues values) => new()
    {
        Title = values.Get<TextValue>("title"),
        Version = values.Get<TextValue>("version"),
        Status = values.Get<AgreementStatus>("status"),
        Form = values.Get<AgreementForm?>("form"),
        DateSigned = values.Get<LocalDate?>("dateSigned"),
        EndedOn = values.Get<LocalDate?>("endedOn"),
        GoverningLaw = values.Get<CountryCode?>("governingLaw"),
        Forum = values.Get<TextValue>("forum"),
        TimeZone = values.Get<DateTimeZone>("timeZone") ?? AgreementDocument.DefaultTimeZone,
        MainAgreement = values.Get<TextValue>("mainAgreement"),
        PrevailsOverMainAgreement = values.Get<bool?>("prevailsOverMainAgreement"),
        CountingConvention = values.Get<CountingConvention?>("countingConvention"),
        Signatures = values.Get<ImmutableArray<Signature>>("signatures"),
    };
}

/// <summary>Reads the description of the processing; an omitted <c>sensitiveData</c> is an empty section.</summary>
internal sealed class ProcessingDescriptionJsonConverter : SectionJsonConverter<ProcessingDescription>
{
    protected override ProcessingDescription Create(SectionValues values) => new()
    {
        SubjectMatter = values.Get<TextValue>("subjectMatter"),
        Duration = values.Get<ProcessingDuration>("duration"),
        Nature = values.Get<ImmutableArray<TextValue>>("nature"),
        Purposes = values.Get<ImmutableArray<TextValue>>("purposes"),
        PersonalData = values.Get<ImmutableArray<TextValue>>("personalData"),
        DataSubjects = values.Get<ImmutableArray<TextValue>>("dataSubjects"),
        SensitiveData = values.Get<SensitiveDataTerms>("sensitiveData") ?? new(),
        ControllerRightsAndObligations = values.Get<bool?>("controllerRightsAndObligations"),
    };
}

/// <summary>Reads the end-of-processing terms; an omitted <c>backups</c> is an empty section.</summary>
internal sealed class EndOfProcessingTermsJsonConverter : SectionJsonConverter<EndOfProcessingTerms>
{
    protected override EndOfProcessingTerms Create(SectionValues values) => new()
    {
        Choice = values.Get<EndOfServiceChoice?>("choice"),
        CopiesDeleted = values.Get<bool?>("copiesDeleted"),
        Deletion = values.Get<EndOfLifePeriod>("deletion"),
        DeletionOnRequest = values.Get<bool?>("deletionOnRequest"),
        ReturnWindow = values.Get<EndOfLifePeriod>("returnWindow"),
        DeletionCertification = values.Get<bool?>("deletionCertification"),
        RetentionExceptions = values.Get<ImmutableArray<RetentionBasis>>("retentionExceptions"),
        ControllerMaySuspend = values.Get<bool?>("controllerMaySuspend"),
        ControllerMayTerminate = values.Get<bool?>("controllerMayTerminate"),
        Backups = values.Get<BackupTerms>("backups") ?? new(),
    };
}
