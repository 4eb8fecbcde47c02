using Dpa.Rules.Model;

namespace Dpa.Rules.Rules.SubProcessors;

/// <summary>DPA4004: under a general authorisation the controller must be able to object to sub-processor changes.</summary>
/// <remarks><para>GDPR Art. 28(2): under general written authorisation the processor informs the controller of intended
/// additions or replacements, "thereby giving the controller the opportunity to object"; SCC 2021/915 Clause 7.7(a) Option 2.
/// Under specific authorisation every sub-processor needs consent, so the rule does not apply.</para></remarks>
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
        if (terms.Authorisation == SubProcessorAuthorisation.General && terms.ObjectionRight is not { Available: true })
        {
            context.Report("$.subProcessing.objectionRight");
        }
    }
}
