using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Security;

/// <summary>DPA6007: the controller must be able to obtain the details of the processor's security measures.</summary>
/// <remarks><para>GDPR Art. 28(3)(h): the processor makes available to the controller all information necessary to
/// demonstrate compliance with Art. 28, the Art. 32 measures of 28(3)(c) included; EDPB Guidelines 07/2020, para. 123: the
/// information on the measures must let the controller assess their appropriateness under Art. 32(1) and meet its own
/// accountability (Arts. 5(2), 24). Measures withheld from the controller (<see cref="SecurityDisclosure.Withheld"/>) are an
/// Error: the information 28(3)(h) requires is refused. Measures only open to inspection, e.g. at the processor's office
/// (<see cref="SecurityDisclosure.InspectionOnly"/>), are a Warning: the information is shown, but the controller keeps
/// nothing to assess, compare or show its supervisory authority (SCC 2021/915 Clause 7.4 puts the measures in Annex III).
/// Measures provided, or given on request (SCC 2021/915 Clause 7.6(a)), are not reported.</para></remarks>
internal sealed class SecurityMeasuresWithheldRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA6007",
        nameof(SecurityMeasuresWithheldRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.EdpbGuidelines072020("123"),
        LegalReference.Scc2021915("7.6", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        switch (agreement.Security.Disclosure)
        {
            case SecurityDisclosure.Withheld:
                context.Report(RuleSeverity.Error, AgreementPaths.Security.Disclosure, ArgumentTexts.MeasuresWithheld);
                break;
            case SecurityDisclosure.InspectionOnly:
                context.Report(AgreementPaths.Security.Disclosure, ArgumentTexts.MeasuresInspectionOnly);
                break;
            default:
                break;
        }
    }
}
