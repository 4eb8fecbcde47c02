using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3003: a processor that must process by law informs the controller of that legal requirement before processing.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(a): where Union or member-state law requires the processor to process, "the processor shall inform the
/// controller of that legal requirement before processing, unless that law prohibits such information on important grounds of
/// public interest"; SCC 2021/915 Clause 7.1(a). An Error when the agreement has no such duty, or excludes it, or lets the
/// notice follow the processing; a Warning when the duty is there but the agreement does not say it comes before the
/// processing ("zo spoedig mogelijk", "op de hoogte brengen"): present, but weaker than the text of the law.</para>
/// </remarks>
internal sealed class LegalRequirementNoticeMissingRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3003",
        nameof(LegalRequirementNoticeMissingRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "a"),
        LegalReference.Scc2021915("7.1", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var instructions = agreement.Instructions;
        if (instructions.LegalRequirementNotice != true)
        {
            context.Report(
                AgreementPaths.Instructions.LegalRequirementNotice,
                instructions.LegalRequirementNotice is null ? ArgumentTexts.NoticeDutyNotStated : ArgumentTexts.NoticeDutyExcluded);
            return;
        }

        switch (instructions.LegalRequirementNoticeBeforeProcessing)
        {
            case false:
                context.Report(
                    RuleSeverity.Error,
                    [AgreementPaths.Instructions.LegalRequirementNoticeBeforeProcessing, AgreementPaths.Instructions.LegalRequirementNotice],
                    [],
                    ArgumentTexts.NoticeAfterProcessing);
                break;
            case null:
                context.Report(
                    RuleSeverity.Warning,
                    [AgreementPaths.Instructions.LegalRequirementNoticeBeforeProcessing, AgreementPaths.Instructions.LegalRequirementNotice],
                    [],
                    ArgumentTexts.NoticeTimingNotStated);
                break;
        }
    }
}
