using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Serialization;

/// <summary>Reads a member of a section with its converter on the caller's reader: the fast path of <see cref="SectionJsonConverter{T}"/>.</summary>
/// <remarks><para>A nested <c>JsonSerializer.Deserialize(ref reader, …)</c> first skips the value to find its end and then
/// parses it again with a new reader, so content under the root was read two or three times. Calling the member type's
/// converter reads it once. The types are listed here, not found by reflection, so that the reader stays trimmable and
/// AOT-safe; a member of any other type takes the nested path.</para></remarks>
internal static class SectionMemberReaders
{
    /// <summary>Reads one value with the converter the options resolve for its type.</summary>
    public delegate object? MemberReader(ref Utf8JsonReader reader, JsonSerializerOptions options);

    private static readonly Dictionary<Type, MemberReader> Readers = new()
    {
        [typeof(int)] = Read<int>,
        [typeof(bool?)] = Read<bool?>,
        [typeof(TextValue)] = Read<TextValue>,
        [typeof(LocalDate?)] = Read<LocalDate?>,
        [typeof(CountryCode?)] = Read<CountryCode?>,
        [typeof(DateTimeZone)] = Read<DateTimeZone>,
        [typeof(AgreementStatus)] = Read<AgreementStatus>,
        [typeof(AgreementForm?)] = Read<AgreementForm?>,
        [typeof(CountingConvention?)] = Read<CountingConvention?>,
        [typeof(EndOfServiceChoice?)] = Read<EndOfServiceChoice?>,
        [typeof(ImmutableArray<TextValue>)] = Read<ImmutableArray<TextValue>>,
        [typeof(ImmutableArray<Signature>)] = Read<ImmutableArray<Signature>>,
        [typeof(ImmutableArray<Transfer>)] = Read<ImmutableArray<Transfer>>,
        [typeof(ImmutableArray<RetentionBasis>)] = Read<ImmutableArray<RetentionBasis>>,
        [typeof(ProcessingDuration)] = Read<ProcessingDuration>,
        [typeof(EndOfLifePeriod)] = Read<EndOfLifePeriod>,
        [typeof(AgreementDocument)] = Read<AgreementDocument>,
        [typeof(Parties)] = Read<Parties>,
        [typeof(ProcessingDescription)] = Read<ProcessingDescription>,
        [typeof(SensitiveDataTerms)] = Read<SensitiveDataTerms>,
        [typeof(InstructionTerms)] = Read<InstructionTerms>,
        [typeof(AssistanceTerms)] = Read<AssistanceTerms>,
        [typeof(SubProcessingTerms)] = Read<SubProcessingTerms>,
        [typeof(LocationTerms)] = Read<LocationTerms>,
        [typeof(SecurityTerms)] = Read<SecurityTerms>,
        [typeof(BreachTerms)] = Read<BreachTerms>,
        [typeof(AuditTerms)] = Read<AuditTerms>,
        [typeof(LiabilityTerms)] = Read<LiabilityTerms>,
        [typeof(EndOfProcessingTerms)] = Read<EndOfProcessingTerms>,
        [typeof(BackupTerms)] = Read<BackupTerms>,
        [typeof(AmendmentTerms)] = Read<AmendmentTerms>,
    };

    /// <summary>Gets the fast reader of <paramref name="type"/>, if it has one.</summary>
    public static bool TryGet(Type type, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out MemberReader reader) =>
        Readers.TryGetValue(type, out reader);

    private static object? Read<TValue>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        ((JsonConverter<TValue>)options.GetTypeInfo(typeof(TValue)).Converter).Read(ref reader, typeof(TValue), options);
}
