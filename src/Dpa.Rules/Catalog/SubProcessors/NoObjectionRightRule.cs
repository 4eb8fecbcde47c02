using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4004: under a general authorisation the controller must be able to object to sub-processor changes.</summary>
/// <remarks><para>GDPR Art. 28(2): under general written authorisation the processor informs the controller of intended
/// additions or replacements, "thereby giving the controller the opportunity to object"; SCC 2021/915 Clause 7.7(a) Option 2.
/// Under specific authorisation every sub-processor needs consent, so the rule does not apply.</para>
/// <para>An objection right the controller waives in advance whenever the processor meets stated conditions (seed 004 8.1:
/// the customer "zal redelijkerwijs geen bezwaar maken" once the 8.2 flow-down is done) is no opportunity to object in
/// substance when those conditions are the legal minimum; the model cannot tell, so that case is a Warning.</para></remarks>
internal sealed class NoObjectionRightRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4004",
        nameof(NoObjectionRightRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "2"),
        LegalReference.Scc2021915("7.7", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (!SubProcessorRegimes.IncludesGeneral(terms))
        {
            return;
        }

        if (terms.ObjectionRight is not { Available: true } right)
        {
            context.Report(AgreementPaths.SubProcessing.ObjectionRight.Path, terms.ObjectionRight is null ? ArgumentTexts.ObjectionNotStated : ArgumentTexts.ObjectionExcluded);
        }
        else if (right.ExcludedWhenConditionsMet == true)
        {
            context.Report(RuleSeverity.Warning, AgreementPaths.SubProcessing.ObjectionRight.ExcludedWhenConditionsMet, ArgumentTexts.ObjectionWaivedInAdvance);
        }
    }
}
