using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5005: a transfer that rests on an adequacy decision covering only some recipients in the country, without
/// showing that the recipient is one of them.</summary>
/// <remarks><para>GDPR Art. 45(1) allows a transfer to a third country, "a territory or one or more specified sectors within
/// that third country" that the Commission has found adequate. The decisions for Canada (Decision 2002/2/EC: recipients
/// subject to PIPEDA, i.e. commercial organisations), Japan (Implementing Decision (EU) 2019/419: the private sector under
/// the APPI with the supplementary rules) and the Republic of Korea (Implementing Decision (EU) 2022/254: entities under
/// PIPA, with exclusions) cover only some recipients. A recipient there with no Art. 46 safeguard or Art. 49 derogation
/// named and no statement that it is within the decision's scope (<see cref="TransferSafeguard.WithinAdequacyScope"/>) may
/// be outside it: a Warning, since most commercial providers are within it. The US decision, whose scope is the Data Privacy
/// Framework certification, is DPA5003's.</para></remarks>
internal sealed class AdequacyScopeNotShownRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5005",
        nameof(AdequacyScopeNotShownRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("45", "1"));

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
            for (var j = 0; j < subProcessor.Locations.Length; j++)
            {
                if (ScopeNotShown(subProcessor.Locations[j], subProcessor.Safeguard, asOf))
                {
                    context.Report(
                        AgreementPaths.SubProcessing.SubProcessors.Locations.At(i, j),
                        subProcessor.Locations[j].Value,
                        ArgumentTexts.Name(subProcessor.Name, ArgumentTexts.UnnamedSubProcessor));
                }
            }
        }

        var transfers = agreement.Transfers;
        for (var i = 0; i < transfers.Length; i++)
        {
            if (transfers[i].Destination is { } destination && ScopeNotShown(destination, transfers[i].Safeguard, asOf))
            {
                context.Report(AgreementPaths.Transfers.Destination(i), destination.Value, ArgumentTexts.TheRecipient);
            }
        }
    }

    private static bool ScopeNotShown(CountryCode country, TransferSafeguard? safeguard, LocalDate asOf) =>
        AdequacyDecisions.InForce(country, asOf) is { Scope: AdequacyScope.Sectoral }
        && safeguard is not { WithinAdequacyScope: true }
        && !ChapterFiveBasis.NamesBasisForAnyCountry(safeguard);
}
