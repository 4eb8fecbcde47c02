using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Security;

/// <summary>DPA6008: the processor should not be free to refuse the additional security measures the controller asks for.</summary>
/// <remarks><para>GDPR Art. 32(1) binds the controller too: when its own assessment of the risk calls for further measures, it
/// must be able to have them taken; Art. 28(3)(f): the processor assists the controller in ensuring compliance with
/// Art. 32. EDPB Guidelines 07/2020, para. 123, asks for a regular review of the measures "so as to ensure their
/// appropriateness with regard to risks, which may evolve over time". A processor that need not act on the controller's
/// request (<see cref="AdditionalMeasuresPolicy.ProcessorMayRefuse"/>) leaves the controller only termination: a Warning,
/// since the GDPR lets the processor choose the detailed measures (EDPB Guidelines 07/2020, para. 40) and does not oblige it
/// to take any measure asked for. Additional measures at the controller's cost are ordinary commerce and not reported.</para></remarks>
internal sealed class AdditionalMeasuresRefusableRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA6008",
        nameof(AdditionalMeasuresRefusableRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "f"),
        LegalReference.Gdpr("32", "1"),
        LegalReference.EdpbGuidelines072020("123"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Security.AdditionalMeasures == AdditionalMeasuresPolicy.ProcessorMayRefuse)
        {
            context.Report(AgreementPaths.Security.AdditionalMeasures);
        }
    }
}
