using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5003: a US recipient relying on the adequacy decision must be certified under the EU-US Data Privacy Framework.</summary>
/// <remarks><para>Implementing Decision (EU) 2023/1795 (GDPR Art. 45) finds an adequate level of protection only for
/// organisations certified under the Data Privacy Framework; an uncertified US recipient needs an Art. 46 safeguard.
/// Reported for a sub-processor with a US location, or a stated transfer to the US, whose basis is the adequacy decision
/// and whose certification is not stated as <c>true</c>.</para></remarks>
internal sealed class UsAdequacyWithoutCertificationRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5003",
        nameof(UsAdequacyWithoutCertificationRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("45", "3"),
        LegalReference.Gdpr("44"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            var subProcessor = subProcessors[i];
            if (ReliesOnUncertifiedAdequacy(subProcessor.Safeguard) && subProcessor.Locations.Contains(CountryCode.UnitedStates))
            {
                context.Report(
                    AgreementPaths.SubProcessing.SubProcessors.Safeguard.DataPrivacyFrameworkCertified(i),
                    ArgumentTexts.Name(subProcessor.Name, ArgumentTexts.UnnamedSubProcessor));
            }
        }

        var transfers = agreement.Transfers;
        for (var i = 0; i < transfers.Length; i++)
        {
            if (transfers[i].Destination == CountryCode.UnitedStates && ReliesOnUncertifiedAdequacy(transfers[i].Safeguard))
            {
                context.Report(
                    AgreementPaths.Transfers.Safeguard.DataPrivacyFrameworkCertified(i),
                    ArgumentTexts.Name(agreement.Parties.Processor.Name, ArgumentTexts.TheProcessor));
            }
        }
    }

    // "The Data Privacy Framework and/or the standard contractual clauses": the clauses carry the transfer when the
    // certification is not shown, so only adequacy claimed alone is reported.
    private static bool ReliesOnUncertifiedAdequacy(TransferSafeguard? safeguard) =>
        safeguard is { DataPrivacyFrameworkCertified: not true }
        && ChapterFiveBasis.Names(safeguard, TransferMechanism.AdequacyDecision)
        && !ChapterFiveBasis.NamesArticle46(safeguard)
        && !ChapterFiveBasis.Names(safeguard, TransferMechanism.Derogation);
}
