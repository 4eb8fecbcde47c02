using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3001: the processor must process personal data only on the controller's documented instructions.</summary>
/// <remarks><para>GDPR Art. 28(3)(a); SCC 2021/915 Clause 7.1(a). Reported when the agreement does not say so, or says
/// the processor may process otherwise.</para></remarks>
internal sealed class ProcessingNotLimitedToInstructionsRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3001",
        nameof(ProcessingNotLimitedToInstructionsRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "a"),
        LegalReference.Scc2021915("7.1", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Instructions.DocumentedInstructionsOnly != true)
        {
            context.Report(AgreementPaths.Instructions.DocumentedInstructionsOnly);
        }
    }
}
