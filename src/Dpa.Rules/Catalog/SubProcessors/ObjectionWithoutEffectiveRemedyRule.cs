using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.SubProcessors;

/// <summary>DPA4010: an objection to a new sub-processor that cannot prevent the change leaves the controller no effective
/// remedy.</summary>
/// <remarks><para>GDPR Art. 28(2) gives the controller, under a general authorisation, "the opportunity to object"; SCC
/// 2021/915 Clause 7.7(a) Option 2 asks for notice in time "to be able to object to such changes prior to the engagement".
/// Neither text, nor EDPB Guidelines 07/2020, says what an objection must lead to, so a clause that lets the processor go
/// ahead and leaves the controller only the exit is weaker than the standard but not contrary to the article: a Warning,
/// reported when no refund of fees paid in advance is stated (an exit that forfeits what was paid is the risk a reviewer
/// raises). A clause under which the objection has no consequence at all makes the opportunity to object empty: an
/// Error.</para></remarks>
internal sealed class ObjectionWithoutEffectiveRemedyRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA4010",
        nameof(ObjectionWithoutEffectiveRemedyRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "2"),
        LegalReference.Scc2021915("7.7", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.SubProcessing;
        if (!SubProcessorRegimes.IncludesGeneral(terms) || terms.ObjectionRight is not { Available: true } right)
        {
            return;
        }

        switch (right.Consequence)
        {
            case ObjectionConsequence.NoEffect:
                context.Report(RuleSeverity.Error, AgreementPaths.SubProcessing.ObjectionRight.Consequence, ArgumentTexts.ObjectionWithoutEffect);
                break;
            case ObjectionConsequence.TerminationOnly when right.FeesRefundedOnTermination != true:
                context.Report(
                    RuleSeverity.Warning,
                    [AgreementPaths.SubProcessing.ObjectionRight.Consequence, AgreementPaths.SubProcessing.ObjectionRight.FeesRefundedOnTermination],
                    [],
                    right.FeesRefundedOnTermination is null ? ArgumentTexts.TerminationRefundNotStated : ArgumentTexts.TerminationWithoutRefund);
                break;
        }
    }
}
