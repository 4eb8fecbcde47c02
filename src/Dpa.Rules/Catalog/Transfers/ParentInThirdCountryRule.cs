using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5010: a sub-processor whose parent is established in a third country without a whole-country adequacy
/// decision, such as the EU subsidiary of a US cloud provider processing in "EU regions".</summary>
/// <remarks><para>Processing in EU data centres is no transfer (GDPR Art. 44), but a third country's law may compel the group
/// to disclose the personal data, and GDPR Art. 48 recognises such an order only under an international agreement. The
/// controller may use only processors "providing sufficient guarantees" (Art. 28(1)) and must weigh that risk; EDPB
/// Guidelines 05/2021 on the interplay of Art. 3 and Chapter V say so for processors subject to third-country law. Whether
/// the risk is acceptable depends on measures the model does not hold (encryption with keys in the EU, contractual
/// challenge of requests), so the rule is a Warning. A parent in the EEA or in a country a whole-country adequacy decision
/// covers is not reported.</para></remarks>
internal sealed class ParentInThirdCountryRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5010",
        nameof(ParentInThirdCountryRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "1"),
        LegalReference.Gdpr("48"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            if (subProcessors[i].ParentEstablishedIn is { } parent
                && !EuropeanEconomicArea.Contains(parent)
                && AdequacyDecisions.InForce(parent, context.AsOf) is not { Scope: AdequacyScope.Whole })
            {
                context.Report(
                    AgreementPaths.SubProcessing.SubProcessors.ParentEstablishedIn(i),
                    ArgumentTexts.Name(subProcessors[i].Name, ArgumentTexts.UnnamedSubProcessor),
                    parent.Value);
            }
        }
    }
}
