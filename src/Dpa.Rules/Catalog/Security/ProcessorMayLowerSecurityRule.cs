using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Security;

/// <summary>DPA6004: the processor should not be free to change, and so lower, the agreed security measures without the
/// controller's approval.</summary>
/// <remarks><para>EDPB Guidelines 07/2020, para. 123: the contract includes "an obligation on the processor to obtain the
/// controller's approval before making changes" to the security measures, and their regular review. GDPR Art. 28(3)(c)
/// makes the measures a term of the contract; Art. 32(1) makes the controller answer for their appropriateness. The rule
/// fires when the agreement lets the processor change the measures on its own judgement with no agreed minimum
/// (<see cref="SecurityChangePolicy.ProcessorDiscretion"/>). Agreed measures that are a minimum the processor may not go
/// below (<see cref="SecurityChangePolicy.AgreedMinimum"/>) cannot be lowered, and silence leaves the agreed measures a term
/// that only an amendment changes: neither is reported.</para></remarks>
internal sealed class ProcessorMayLowerSecurityRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA6004",
        nameof(ProcessorMayLowerSecurityRule),
        RuleSeverity.Warning,
        LegalReference.EdpbGuidelines072020("123"),
        LegalReference.Gdpr("28", "3", "c"),
        LegalReference.Gdpr("32", "1"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Security.Changes == SecurityChangePolicy.ProcessorDiscretion)
        {
            context.Report(AgreementPaths.Security.Changes);
        }
    }
}
