using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5009: processing outside the agreed area on the controller's tacit consent ("unless the controller
/// objects").</summary>
/// <remarks><para>GDPR Art. 28(3)(a): the processor processes the personal data "only on documented instructions from the
/// controller, including with regard to transfers of personal data to a third country"; SCC 2021/915 Clause 7.8(a) repeats
/// it. A controller that is deemed to consent unless it objects gives no instruction, let alone a documented one, and Art. 44
/// asks for the Chapter V conditions for every transfer. The clause is contrary to the article: an Error.</para></remarks>
internal sealed class TransferOnTacitConsentRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5009",
        nameof(TransferOnTacitConsentRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "a"),
        LegalReference.Gdpr("44"),
        LegalReference.Scc2021915("7.8", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var permitted = agreement.Locations.PermittedOutsideWhen;
        for (var i = 0; i < permitted.Length; i++)
        {
            if (permitted[i] == TransferCondition.ControllerTacitConsent)
            {
                context.Report(AgreementPaths.Locations.PermittedOutsideWhen.At(i));
            }
        }
    }
}
