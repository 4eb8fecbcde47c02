using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3010: the processor charges for its assistance at its own rates, without a limit.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(e) and (f) require the processor to assist the controller with data-subject requests and with Arts.
/// 32 to 36; they do not say who pays, and charging for assistance is lawful. A charge at the processor's own rates with no
/// cap or reasonableness test is a point for the reviewer's attention, not a gap in the law: the controller cannot budget
/// for duties it must meet within fixed periods (Art. 12(3): one month for a data subject). Info, as the catalog
/// specifies; a charge "at reasonable cost" is not reported.</para>
/// </remarks>
internal sealed class AssistanceChargedWithoutLimitRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3010",
        nameof(AssistanceChargedWithoutLimitRule),
        RuleSeverity.Info,
        LegalReference.Gdpr("28", "3", "e"),
        LegalReference.Gdpr("28", "3", "f"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var assistance = agreement.Assistance;
        if (assistance.DataSubjectRequests?.Cost == CostAllocation.ProcessorRates)
        {
            context.Report(AgreementPaths.Assistance.DataSubjectRequests.Cost, ArgumentTexts.AssistanceWithRequests);
        }

        if (assistance.Cost == CostAllocation.ProcessorRates)
        {
            context.Report(AgreementPaths.Assistance.Cost, ArgumentTexts.AssistanceGenerally);
        }
    }
}
