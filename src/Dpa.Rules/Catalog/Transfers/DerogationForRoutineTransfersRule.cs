using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5008: an Art. 49 derogation used as the basis of a transfer that is not limited to occasional cases.</summary>
/// <remarks><para>GDPR Art. 49(1) allows transfers without adequacy or an Art. 46 safeguard "for specific situations" only;
/// Recital 111 speaks of transfers that are "occasional", and EDPB Guidelines 2/2018 on Art. 49 say the derogations must be
/// interpreted restrictively and are not suitable for transfers that are repeated, massive or structural. A sub-processor
/// processes the personal data for as long as it is engaged, so a derogation named as its only basis is for routine
/// transfers by nature; a stated transfer is reported unless the agreement limits it to occasional cases
/// (<see cref="Transfer.Occasional"/>). A basis that also names an Art. 46 safeguard, or a recipient an adequacy decision
/// covers, is not reported. The derogation may still be valid in the specific case, hence a Warning.</para></remarks>
internal sealed class DerogationForRoutineTransfersRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5008",
        nameof(DerogationForRoutineTransfersRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("49", "1"));

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
            if (OnlyDerogation(subProcessor.Safeguard)
                && ChapterFiveBasis.FirstWithoutAdequacy(subProcessor.Locations, subProcessor.Safeguard, asOf) is not null)
            {
                context.Report(AgreementPaths.SubProcessing.SubProcessors.Safeguard.Path(i), ArgumentTexts.Name(subProcessor.Name, ArgumentTexts.UnnamedSubProcessor));
            }
        }

        var transfers = agreement.Transfers;
        for (var i = 0; i < transfers.Length; i++)
        {
            var transfer = transfers[i];
            if (OnlyDerogation(transfer.Safeguard)
                && transfer.Occasional != true
                && (transfer.Destination is not { } destination
                    || (!EuropeanEconomicArea.Contains(destination) && !ChapterFiveBasis.AdequacyShown(destination, transfer.Safeguard, asOf))))
            {
                context.Report(
                    RuleSeverity.Warning,
                    [AgreementPaths.Transfers.Safeguard.Path(i), AgreementPaths.Transfers.Occasional(i)],
                    [],
                    ArgumentTexts.TheRecipient);
            }
        }
    }

    private static bool OnlyDerogation(TransferSafeguard? safeguard) =>
        ChapterFiveBasis.Names(safeguard, TransferMechanism.Derogation) && !ChapterFiveBasis.NamesArticle46(safeguard);
}
