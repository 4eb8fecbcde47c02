using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9006: the processor should certify to the controller that the data have been deleted.</summary>
/// <remarks><para>SCC 2021/915 Clause 10(d): the processor deletes the data "and certify to the controller that it has done
/// so". The GDPR itself does not require a certificate, hence a warning; without one the controller cannot demonstrate
/// compliance with Art. 28(3)(g) (accountability, Art. 5(2)).</para></remarks>
internal sealed class NoDeletionCertificationRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9006",
        nameof(NoDeletionCertificationRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021915("10", "d"),
        LegalReference.Gdpr("28", "3", "g"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.EndOfProcessing.DeletionCertification != true)
        {
            context.Report(AgreementPaths.EndOfProcessing.DeletionCertification);
        }
    }
}
