using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1009: the processor's liability for loss, corruption or destruction of data should not be excluded.</summary>
/// <remarks>
/// <para>The loss, alteration or destruction of personal data is what the processor's security duties guard against (GDPR
/// Art. 32(2); Art. 28(3)(c)) and is a personal data breach (Art. 4(12)). A clause that excludes all liability for "loss,
/// corruption or destruction of data" — often as "indirect damage" — leaves the controller without a remedy for the very
/// breach the processing agreement is meant to prevent, and without recourse for compensation it paid to data subjects for
/// the processor's part in it (Art. 82(4)–(5)). Between the parties such an exclusion is not void as such (under Dutch law it
/// cannot cover intent or gross negligence, BW art. 6:248(2)), hence a Warning: a risk every reviewer raises.</para>
/// </remarks>
internal sealed class DataLossLiabilityExcludedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1009",
        nameof(DataLossLiabilityExcludedRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("82", "5"),
        LegalReference.Gdpr("32", "2"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var exclusions = agreement.Liability.Exclusions;
        for (var i = 0; i < exclusions.Length; i++)
        {
            if (exclusions[i] == LiabilityExclusion.LossOfData)
            {
                context.Report(AgreementPaths.Liability.Exclusions.At(i));
            }
        }
    }
}
