using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1007: a liability cap binds only the parties, and administrative fines stay with the party fined.</summary>
/// <remarks>
/// <para>GDPR Art. 82(4): where a controller and a processor are involved in the same processing and responsible for damage,
/// each is liable to the data subject for the entire damage; Art. 82(5): one that has paid full compensation may claim back
/// from the other the part corresponding to its responsibility. A contractual cap cannot limit what the data subject may
/// claim (the data subject is no party), and a cap worded as "the processor's total liability, on whatever ground" invites
/// the reading that it also limits the controller's recourse for compensation it paid to data subjects for the processor's
/// fault. A reviewer asks to say that the cap applies only between the parties and leaves Art. 82 untouched: a Warning when
/// a cap is stated and the agreement does not say so (<c>liability.limitedToParties</c>). The conclusion that a cap binds
/// only the parties is an inference from Art. 82(4)–(5), not a text of the GDPR.</para>
/// <para>Administrative fines (Art. 83) sanction the party fined for its own infringement and must be effective and
/// dissuasive (Art. 83(1)); a clause that makes the controller bear the processor's fines shifts that sanction: a Warning
/// (<c>liability.fines: controllerIndemnifiesProcessor</c>). A processor indemnifying the controller for fines it caused,
/// or excluding them, is an allocation between the parties and not reported.</para>
/// </remarks>
internal sealed class LiabilityCapBeyondPartiesRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1007",
        nameof(LiabilityCapBeyondPartiesRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("82", "4"),
        LegalReference.Gdpr("82", "5"),
        LegalReference.Gdpr("83", "1"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var liability = agreement.Liability;
        if (liability.Cap is not null && liability.LimitedToParties != true)
        {
            context.Report(
                RuleSeverity.Warning,
                [AgreementPaths.Liability.LimitedToParties, AgreementPaths.Liability.Cap.Path],
                [],
                ArgumentTexts.CapNotLimitedToParties);
        }

        if (liability.Fines == FineAllocation.ControllerIndemnifiesProcessor)
        {
            context.Report(AgreementPaths.Liability.Fines, ArgumentTexts.ControllerBearsProcessorFines);
        }
    }
}
