using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8006: the controller bears every cost of an audit, the processor's own included, with no cap and no exception
/// when the audit finds the processor in breach.</summary>
/// <remarks><para>GDPR Art. 28(3)(h) has the processor "allow for and contribute to" audits; neither the GDPR nor SCC 2021/915
/// Clause 7.6 says who pays. Costs borne by the controller in full (<see cref="CostAllocation.Controller"/>) or charged at the
/// processor's rates (<see cref="CostAllocation.ProcessorRates"/>) without a <see cref="AuditTerms.CostCap"/> can make an audit
/// too dear to ask for, so the rule suggests a cap or a shift of costs when the audit finds a breach: info, a point to
/// negotiate. Shared costs, costs shifted on a breach, reasonable costs and free audits are not reported.</para></remarks>
internal sealed class AuditCostsOnControllerWithoutLimitRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8006",
        nameof(AuditCostsOnControllerWithoutLimitRule),
        RuleSeverity.Info,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "c"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var audits = agreement.Audits;
        if (audits.Cost is CostAllocation.Controller or CostAllocation.ProcessorRates && audits.CostCap is null)
        {
            context.Report(AgreementPaths.Audits.Cost, audits.Cost == CostAllocation.Controller ? ArgumentTexts.CostsInFull : ArgumentTexts.CostsAtProcessorRates);
        }
    }
}
