using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9003: data may be kept beyond the end only where Union or member-state law requires it, not by the processor's own policy.</summary>
/// <remarks><para>GDPR Art. 28(3)(g): deletion and return apply "unless Union or Member State law requires storage of the
/// personal data"; SCC 2021/915 Clause 10(d). A retention exception resting on the processor's policy or interest has no
/// such basis (and may make the processor a controller for that processing, Art. 28(10)).</para></remarks>
internal sealed class RetentionByProcessorPolicyRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9003",
        nameof(RetentionByProcessorPolicyRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Gdpr("28", "10"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var exceptions = agreement.EndOfProcessing.RetentionExceptions;
        for (var i = 0; i < exceptions.Length; i++)
        {
            if (exceptions[i] == RetentionBasis.ProcessorPolicy)
            {
                context.Report(AgreementPaths.EndOfProcessing.RetentionExceptions.At(i));
            }
        }
    }
}
