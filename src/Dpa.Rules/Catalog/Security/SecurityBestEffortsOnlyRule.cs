using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Security;

/// <summary>DPA6006: the processor must commit to taking the security measures, not only to trying.</summary>
/// <remarks><para>GDPR Art. 28(3)(c): the contract stipulates that the processor "takes all measures required pursuant to
/// Article 32"; Art. 32(1): the processor "shall implement" appropriate measures. Both are obligations to take the measures
/// (appropriate to the risk; no one promises that security never fails), not to endeavour to. A commitment of best efforts
/// only ("zal zich inspannen", "streeft ernaar") is an Error when it is the agreement's only word on Art. 32: the element is
/// not stipulated, and the qualification is contrary to it. When the agreement also binds the processor to Art. 32
/// (<see cref="SecurityTerms.Art32Obligation"/>), the element is present but the clauses pull against each other and a
/// reviewer asks for the qualification to go: a Warning.</para></remarks>
internal sealed class SecurityBestEffortsOnlyRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA6006",
        nameof(SecurityBestEffortsOnlyRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "c"),
        LegalReference.Gdpr("32", "1"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var security = agreement.Security;
        if (security.Commitment != CommitmentLevel.BestEfforts)
        {
            return;
        }

        var severity = security.Art32Obligation is true ? RuleSeverity.Warning : Rule.DefaultSeverity;
        context.Report(severity, AgreementPaths.Security.Commitment);
    }
}
