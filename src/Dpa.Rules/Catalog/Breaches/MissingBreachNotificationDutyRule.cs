using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>DPA7001: the processor must notify the controller of personal data breaches.</summary>
/// <remarks><para>GDPR Art. 33(2): the processor notifies the controller without undue delay after becoming aware of a
/// breach; Art. 28(3)(f) makes assistance with Art. 33 a required term; SCC 2021/915 Clause 9.2. The rule fires when the duty
/// is denied or not stated.</para></remarks>
internal sealed class MissingBreachNotificationDutyRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA7001",
        nameof(MissingBreachNotificationDutyRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("33", "2"),
        LegalReference.Gdpr("28", "3", "f"),
        LegalReference.Scc2021915("9.2"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Breach.NotificationDuty is not true)
        {
            context.Report(AgreementPaths.Breach.NotificationDuty);
        }
    }
}
