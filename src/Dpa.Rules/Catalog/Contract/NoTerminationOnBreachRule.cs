using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1008: the controller should be able to terminate the agreement when the processor breaches it.</summary>
/// <remarks>
/// <para>SCC 2021/915 Clause 10(a): if the processor is in breach, the controller may instruct it to suspend the processing
/// until it complies or the contract is terminated; Clause 10(b): the controller may terminate the contract as far as it
/// concerns the processing where the processing has been suspended and compliance is not restored within a reasonable time
/// (and in any event within one month), where the processor is in substantial or persistent breach, or where it fails to
/// comply with a binding decision of a court or the supervisory authority. The GDPR itself sets no such right, so a
/// Warning: present in the SCCs, absent here.</para>
/// <para>Reported when the controller may not terminate on the processor's breach (<c>endOfProcessing.controllerMayTerminate</c>
/// not <see langword="true"/>); the message says whether it may suspend either. Suspension alone is not reported when
/// termination is available: the controller can always instruct the processor to stop (Art. 28(3)(a)), which is what
/// Clause 10(a)'s suspension is. A termination right for breach of another contract (the main agreement) is not this right.</para>
/// </remarks>
internal sealed class NoTerminationOnBreachRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1008",
        nameof(NoTerminationOnBreachRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021915("10", "a"),
        LegalReference.Scc2021915("10", "b"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.EndOfProcessing;
        if (terms.ControllerMayTerminate != true)
        {
            context.Report(
                RuleSeverity.Warning,
                [AgreementPaths.EndOfProcessing.ControllerMayTerminate, AgreementPaths.EndOfProcessing.ControllerMaySuspend],
                [],
                terms.ControllerMaySuspend == true ? ArgumentTexts.TerminateTheAgreement : ArgumentTexts.SuspendOrTerminate);
        }
    }
}
