using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4001: the agreement must say whether sub-processors may be engaged, and under which authorisation.</summary>
/// <remarks><para>GDPR Art. 28(2): a processor engages no other processor without the controller's prior specific or general
/// written authorisation; Art. 28(3)(d) makes this a term of the contract. A silent agreement leaves it open whether the
/// processor may engage anyone, and on what terms.</para></remarks>
internal sealed class SubProcessorAuthorisationNotStatedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4001",
        nameof(SubProcessorAuthorisationNotStatedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "2"),
        LegalReference.Gdpr("28", "3", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.SubProcessing.Authorisation is null)
        {
            context.Report(AgreementPaths.SubProcessing.Authorisation);
        }
    }
}
