using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3007: the processor must assist the controller with data-subject requests.</summary>
/// <remarks><para>GDPR Art. 28(3)(e): the processor assists the controller by appropriate technical and organisational
/// measures, "insofar as this is possible", in responding to requests under Chapter III; SCC 2021/915 Clause 8(a). Because
/// the GDPR itself says "insofar as this is possible", an "as far as reasonably possible" commitment is not reported.</para></remarks>
internal sealed class NoDataSubjectRequestAssistanceRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3007",
        nameof(NoDataSubjectRequestAssistanceRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "e"),
        LegalReference.Scc2021915("8", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var assistance = agreement.Assistance.DataSubjectRequests;
        if (assistance is null)
        {
            context.Report(AgreementPaths.Assistance.DataSubjectRequests.Path);
        }
        else if (!assistance.Provided)
        {
            context.Report(AgreementPaths.Assistance.DataSubjectRequests.Provided);
        }
    }
}
