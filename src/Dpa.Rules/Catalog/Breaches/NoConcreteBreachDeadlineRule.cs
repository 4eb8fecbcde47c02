using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>DPA7002: a breach-notification duty should carry a concrete outer deadline, not only "without undue delay".</summary>
/// <remarks><para>GDPR Art. 33(2) sets no hour figure for the processor; the controller's own 72 hours (Art. 33(1)) can only be
/// planned when the contract supplies one (EDPB Guidelines 07/2020 recommend a specific timeframe — to confirm). A duty to
/// notify "immediately" leaves no room for delay and is not reported. Without a notification duty DPA7001 reports instead.</para></remarks>
internal sealed class NoConcreteBreachDeadlineRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA7002",
        nameof(NoConcreteBreachDeadlineRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("33", "2"),
        LegalReference.Gdpr("33", "1"),
        LegalReference.Scc2021915("9.2"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var breach = agreement.Breach;
        if (breach is { NotificationDuty: true, Deadline: null } && breach.Promptness != Promptness.Immediately)
        {
            context.Report(AgreementPaths.Breach.Deadline);
        }
    }
}
