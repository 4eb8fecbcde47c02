using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>DPA2005: the agreement must state at least one type of personal data processed.</summary>
/// <remarks><para>GDPR Art. 28(3): the contract sets out "the type of personal data"; SCC 2021/915 Annex II asks for the categories of personal data. A blank or placeholder entry counts as not stated when the agreement is executed.</para></remarks>
internal sealed class PersonalDataTypesNotStatedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA2005",
        nameof(PersonalDataTypesNotStatedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Scc2021915("Annex II"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (!DescriptionEntries.AnyCounts(agreement.Processing.PersonalData, agreement.Document.Status))
        {
            context.Report(AgreementPaths.Processing.PersonalData.Path);
        }
    }
}
