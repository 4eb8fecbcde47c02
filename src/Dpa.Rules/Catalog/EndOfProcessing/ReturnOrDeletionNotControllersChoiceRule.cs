using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9001: at the end of the services the controller chooses between return and deletion.</summary>
/// <remarks><para>GDPR Art. 28(3)(g): the processor "at the choice of the controller, deletes or returns all the personal data";
/// SCC 2021/915 Clause 10(d). Deletion only, return only, the processor's choice, or silence take that choice away.</para></remarks>
internal sealed class ReturnOrDeletionNotControllersChoiceRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9001",
        nameof(ReturnOrDeletionNotControllersChoiceRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Scc2021915("10", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var choice = agreement.EndOfProcessing.Choice;
        if (choice != EndOfServiceChoice.ControllerChooses)
        {
            context.Report(AgreementPaths.EndOfProcessing.Choice, choice switch
            {
                EndOfServiceChoice.DeleteOnly => ArgumentTexts.DeletionOnly,
                EndOfServiceChoice.ReturnOnly => ArgumentTexts.ReturnOnly,
                EndOfServiceChoice.ProcessorChooses => ArgumentTexts.ProcessorChooses,
                _ => ArgumentTexts.ChoiceNotStated,
            });
        }
    }
}
