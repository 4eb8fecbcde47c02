using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>DPA7007: the processor should not notify the supervisory authority or the data subjects of a breach itself.</summary>
/// <remarks><para>GDPR Art. 33(1) makes the notification to the supervisory authority, and Art. 34(1) the communication to
/// the data subjects, the controller's duty and decision: it assesses the risk and answers for what is said. The processor
/// notifies the controller (Art. 33(2)) and assists it (Art. 28(3)(f); SCC 2021/915 Clause 9.1). An agreement that lets the
/// processor notify itself (<see cref="BreachTerms.ProcessorMayNotifyAuthority"/> is <see langword="true"/>) takes that
/// decision from the controller: a Warning, since the controller stays responsible and may still notify. A processor that
/// communicates on the controller's instruction, as assistance, is not "notifying itself" and is not recorded so.</para></remarks>
internal sealed class ProcessorMayNotifyAuthorityRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA7007",
        nameof(ProcessorMayNotifyAuthorityRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("33", "1"),
        LegalReference.Gdpr("34", "1"),
        LegalReference.Gdpr("28", "3", "f"),
        LegalReference.Scc2021915("9.1"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Breach.ProcessorMayNotifyAuthority is true)
        {
            context.Report(AgreementPaths.Breach.ProcessorMayNotifyAuthority);
        }
    }
}
