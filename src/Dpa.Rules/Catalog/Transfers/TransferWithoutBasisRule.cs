using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5002: every place outside the EEA where the data may go needs a Chapter V basis in force at the as-of date.</summary>
/// <remarks>
/// <para>GDPR Art. 44 (every transfer, onward transfers included), Art. 45 (adequacy decisions, evaluated at
/// <see cref="RuleContext.AsOf"/> from <see cref="AdequacyDecisions"/>), Art. 46 (appropriate safeguards such as the
/// standard contractual clauses of Decision (EU) 2021/914). Checked: the processor's own processing locations (covered by
/// adequacy; one with a stated transfer to that country is judged through the transfer, so it is reported once), each sub-processor location (adequacy or the
/// sub-processor's safeguard, any of the mechanisms it names), an agreed area of the whole world (<see cref="LocationScope.Worldwide"/>) unless a stated
/// transfer with an open destination carries an Art. 46 safeguard, each permission to process outside the agreed area where the processor finds "an adequate level of protection"
/// without a Chapter V mechanism, and each stated transfer or transfer exception — one whose destination is left open is
/// reported unless it states a safeguard, because "transfers outside the EEA are possible" with no basis is exactly what
/// Art. 44 forbids.</para>
/// </remarks>
internal sealed class TransferWithoutBasisRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5002",
        nameof(TransferWithoutBasisRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("44"),
        LegalReference.Gdpr("45"),
        LegalReference.Gdpr("46"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var asOf = context.AsOf;
        var processing = agreement.Locations.Processing;
        for (var i = 0; i < processing.Length; i++)
        {
            // A location with a stated transfer to the same country is judged, and reported, through that transfer.
            var country = processing[i].Country;
            if (!HasTransferTo(agreement, country) && !ChapterFiveBasis.Covers(country, null, asOf))
            {
                context.Report(AgreementPaths.Locations.Processing.At(i), ProcessorName(agreement), country.Value, Iso(asOf));
            }
        }

        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            var subProcessor = subProcessors[i];
            for (var j = 0; j < subProcessor.Locations.Length; j++)
            {
                var country = subProcessor.Locations[j];
                if (!ChapterFiveBasis.Covers(country, subProcessor.Safeguard, asOf))
                {
                    context.Report(AgreementPaths.SubProcessing.SubProcessors.Locations.At(i, j), ArgumentTexts.Name(subProcessor.Name, ArgumentTexts.UnnamedSubProcessor), country.Value, Iso(asOf));
                }
            }
        }

        // Processing "anywhere in the world" reaches every country without adequacy, unless a stated transfer with an open
        // destination carries an Art. 46 safeguard (or a derogation) for all of them.
        if (agreement.Locations.Restriction is { Scope: LocationScope.Worldwide } && !HasOpenTransferWithBasis(agreement))
        {
            context.Report(AgreementPaths.Locations.Restriction.Scope, ProcessorName(agreement), ArgumentTexts.AnyCountry, Iso(asOf));
        }

        // "Outside the EEA where the country offers an adequate level of protection", judged by the processor, is neither
        // a Commission adequacy decision (Art. 45) nor an Art. 46 safeguard.
        var permitted = agreement.Locations.PermittedOutsideWhen;
        for (var i = 0; i < permitted.Length; i++)
        {
            if (permitted[i] == TransferCondition.AdequateProtectionUnspecified)
            {
                context.Report(AgreementPaths.Locations.PermittedOutsideWhen.At(i), ProcessorName(agreement), ArgumentTexts.AnyCountry, Iso(asOf));
            }
        }

        var transfers = agreement.Transfers;
        for (var i = 0; i < transfers.Length; i++)
        {
            var transfer = transfers[i];
            var covered = transfer.Destination is { } destination
                ? ChapterFiveBasis.Covers(destination, transfer.Safeguard, asOf)
                : ChapterFiveBasis.NamesBasisForAnyCountry(transfer.Safeguard);
            if (!covered)
            {
                context.Report(
                    AgreementPaths.Transfers.Safeguard.Path(i),
                    ProcessorName(agreement),
                    transfer.Destination is { } country ? country.Value : ArgumentTexts.AnyCountry,
                    Iso(asOf));
            }
        }
    }

    private static bool HasOpenTransferWithBasis(ProcessingAgreement agreement)
    {
        foreach (var transfer in agreement.Transfers)
        {
            if (transfer.Destination is null && ChapterFiveBasis.NamesBasisForAnyCountry(transfer.Safeguard))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTransferTo(ProcessingAgreement agreement, CountryCode country)
    {
        foreach (var transfer in agreement.Transfers)
        {
            if (transfer.Destination == country)
            {
                return true;
            }
        }

        return false;
    }

    private static object ProcessorName(ProcessingAgreement agreement) =>
        ArgumentTexts.Name(agreement.Parties.Processor.Name, ArgumentTexts.TheProcessor);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
