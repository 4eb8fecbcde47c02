using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3006: persons authorised to process the data must be bound to confidentiality.</summary>
/// <remarks><para>GDPR Art. 28(3)(b): the processor ensures that persons authorised to process the personal data have
/// committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality; SCC
/// 2021/915 Clause 7.4(b). Reported when the agreement does not say so.</para></remarks>
internal sealed class PersonnelNotBoundToConfidentialityRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3006",
        nameof(PersonnelNotBoundToConfidentialityRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "b"),
        LegalReference.Scc2021915("7.4", "b"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Instructions.PersonnelConfidentiality != true)
        {
            context.Report(AgreementPaths.Instructions.PersonnelConfidentiality);
        }
    }
}
