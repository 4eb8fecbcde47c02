using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4008: every named sub-processor must have at least one stated processing country.</summary>
/// <remarks><para>GDPR Art. 44: onward transfers by sub-processors need a Chapter V basis too, which cannot be judged without
/// knowing where the sub-processor processes the data; SCC 2021/915 Annex IV asks for the location of each
/// sub-processor. Not reported when a location restriction fixes the area contractually
/// (<see cref="LocationArea.IsFixedByRestriction"/>).</para></remarks>
internal sealed class SubProcessorLocationUnknownRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4008",
        nameof(SubProcessorLocationUnknownRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("44"),
        LegalReference.Gdpr("28", "4"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        // A restriction that fixes the area ("only within the EEA") tells where every sub-processor may process the data;
        // DPA5004 checks stated locations against it.
        if (LocationArea.IsFixedByRestriction(agreement.Locations))
        {
            return;
        }

        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            if (subProcessors[i].Locations.IsEmpty)
            {
                context.Report(
                    AgreementPaths.SubProcessing.SubProcessors.Locations.Path(i),
                    ArgumentTexts.Name(subProcessors[i].Name, ArgumentTexts.UnnamedSubProcessor));
            }
        }
    }
}
