using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5007: a transfer under the standard contractual clauses to a country no adequacy decision covers, without a
/// transfer impact assessment.</summary>
/// <remarks><para>CJEU C-311/18 (Schrems II): standard contractual clauses are a valid basis only where the exporter verifies,
/// case by case, that the law of the third country does not prevent the importer from complying with them, and adds
/// supplementary measures where needed; SCC 2021/914 Clause 14 makes the parties warrant that they have assessed it and
/// document the assessment. An agreement that names the clauses for a recipient in a country without adequacy and does not
/// show the assessment (<see cref="TransferSafeguard.TransferImpactAssessment"/> not <see langword="true"/>) is weaker than
/// the clauses require: a Warning. Checked: sub-processors (at the first location without adequacy) and stated transfers
/// (a transfer whose destination is open included). A permission to transfer under the clauses
/// (<c>locations.permittedOutsideWhen</c>) has no place to record an assessment and is not checked.</para></remarks>
internal sealed class SccWithoutTransferImpactAssessmentRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5007",
        nameof(SccWithoutTransferImpactAssessmentRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("46", "1"),
        LegalReference.Scc2021914("14"),
        LegalReference.Cjeu("C-311/18", new Uri("https://curia.europa.eu/juris/liste.jsf?num=C-311/18")));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var asOf = context.AsOf;
        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            var subProcessor = subProcessors[i];
            if (WithoutAssessment(subProcessor.Safeguard)
                && ChapterFiveBasis.FirstWithoutAdequacy(subProcessor.Locations, subProcessor.Safeguard, asOf) is { } country)
            {
                context.Report(
                    RuleSeverity.Warning,
                    [AgreementPaths.SubProcessing.SubProcessors.Safeguard.TransferImpactAssessment(i), AgreementPaths.SubProcessing.SubProcessors.At(i)],
                    [],
                    ArgumentTexts.Name(subProcessor.Name, ArgumentTexts.UnnamedSubProcessor),
                    country.Value);
            }
        }

        var transfers = agreement.Transfers;
        for (var i = 0; i < transfers.Length; i++)
        {
            var transfer = transfers[i];
            if (!WithoutAssessment(transfer.Safeguard))
            {
                continue;
            }

            if (transfer.Destination is not { } destination)
            {
                context.Report(AgreementPaths.Transfers.Safeguard.TransferImpactAssessment(i), ArgumentTexts.TheRecipient, ArgumentTexts.AnyCountry);
            }
            else if (!EuropeanEconomicArea.Contains(destination) && !ChapterFiveBasis.AdequacyShown(destination, transfer.Safeguard, asOf))
            {
                context.Report(AgreementPaths.Transfers.Safeguard.TransferImpactAssessment(i), ArgumentTexts.TheRecipient, destination.Value);
            }
        }
    }

    private static bool WithoutAssessment(TransferSafeguard? safeguard) =>
        safeguard is { TransferImpactAssessment: not true } && ChapterFiveBasis.Names(safeguard, TransferMechanism.StandardContractualClauses);
}
