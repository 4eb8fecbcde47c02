using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Security;

/// <summary>DPA6001: the processor must be bound to take all measures required by Art. 32.</summary>
/// <remarks><para>GDPR Art. 28(3)(c): the contract stipulates that the processor "takes all measures required pursuant to
/// Article 32". The rule fires when the obligation is denied or not stated.</para></remarks>
internal sealed class MissingArt32ObligationRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA6001",
        nameof(MissingArt32ObligationRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "c"),
        LegalReference.Gdpr("32", "1"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Security.Art32Obligation is not true)
        {
            context.Report(AgreementPaths.Security.Art32Obligation);
        }
    }
}
