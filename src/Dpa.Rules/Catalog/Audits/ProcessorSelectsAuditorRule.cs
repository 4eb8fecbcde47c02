using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8003: the controller must be able to have audits done by an auditor it mandates.</summary>
/// <remarks><para>GDPR Art. 28(3)(h): audits "conducted by the controller or another auditor mandated by the controller". An
/// auditor the processor selects or must approve is not the controller's. An independent third party is fine as long as the
/// controller chooses it (SCC 2021/915 Clause 7.6(d)).</para></remarks>
internal sealed class ProcessorSelectsAuditorRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8003",
        nameof(ProcessorSelectsAuditorRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Audits.Auditor == AuditorChoice.ProcessorSelected)
        {
            context.Report(AgreementPaths.Audits.Auditor);
        }
    }
}
