using System.Text.Json.Serialization;
using Dpa.Rules.Model;

namespace Dpa.Rules.Serialization;

/// <summary>The name converters of every enum in the agreement model.</summary>
internal static class AgreementEnums
{
    /// <summary>Gets one converter per model enum; a test checks none is missing.</summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        new EnumJsonConverter<AcceptanceMethod>(),
        new EnumJsonConverter<AdditionalMeasuresPolicy>(),
        new EnumJsonConverter<AgreementForm>(),
        new EnumJsonConverter<AgreementStatus>(),
        new EnumJsonConverter<AuditCondition>(),
        new EnumJsonConverter<AuditorChoice>(),
        new EnumJsonConverter<AuditorRequirement>(),
        new EnumJsonConverter<AuditRefusalGround>(),
        new EnumJsonConverter<AuditReportUse>(),
        new EnumJsonConverter<AuditScope>(),
        new EnumJsonConverter<BackupFrequency>(),
        new EnumJsonConverter<BreachContentItem>(),
        new EnumJsonConverter<BreachNotificationLimitation>(),
        new EnumJsonConverter<BreachTrigger>(),
        new EnumJsonConverter<CommitmentLevel>(),
        new EnumJsonConverter<ContactRole>(),
        new EnumJsonConverter<CostAllocation>(),
        new EnumJsonConverter<CountingConvention>(CountingConventionName),
        new EnumJsonConverter<DataPresence>(),
        new EnumJsonConverter<DurationBasis>(),
        new EnumJsonConverter<EffectiveEvent>(),
        new EnumJsonConverter<EndOfLifeTrigger>(),
        new EnumJsonConverter<EndOfServiceChoice>(),
        new EnumJsonConverter<FineAllocation>(),
        new EnumJsonConverter<FlowDownScope>(),
        new EnumJsonConverter<InstructionCarveOut>(),
        new EnumJsonConverter<LiabilityExclusion>(),
        new EnumJsonConverter<LocationScope>(),
        new EnumJsonConverter<NoticeScope>(),
        new EnumJsonConverter<ObjectionConsequence>(),
        new EnumJsonConverter<PartyRole>(),
        new EnumJsonConverter<PeriodUnit>(),
        new EnumJsonConverter<ProcessorOwnPurpose>(),
        new EnumJsonConverter<Promptness>(),
        new EnumJsonConverter<RetentionBasis>(),
        new EnumJsonConverter<ReturnScope>(),
        new EnumJsonConverter<SccModule>(),
        new EnumJsonConverter<SecurityChangePolicy>(),
        new EnumJsonConverter<SecurityDisclosure>(),
        new EnumJsonConverter<SecurityMeasureKind>(),
        new EnumJsonConverter<SpecialCategory>(),
        new EnumJsonConverter<SubProcessorAuthorisation>(),
        new EnumJsonConverter<SubProcessorListLocation>(),
        new EnumJsonConverter<TransferCondition>(),
        new EnumJsonConverter<TransferMechanism>(),
    ];

    // Design §7: the counting conventions keep the names of their sources rather than camelCase.
    private static string CountingConventionName(CountingConvention convention) => convention switch
    {
        CountingConvention.Contract => "contract",
        CountingConvention.Eu118271 => "eu-1182-71",
        CountingConvention.NlAtw => "nl-atw",
        _ => throw new ArgumentOutOfRangeException(nameof(convention), convention, "Value is not a defined CountingConvention."),
    };
}
