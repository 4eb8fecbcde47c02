using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>DPA2008: special-category or criminal-offence data need specific safeguards recorded in the agreement.</summary>
/// <remarks><para>SCC 2021/915 Clause 7.5: where the processing involves data under GDPR Art. 9 or Art. 10, the processor
/// applies "specific restrictions and/or additional safeguards". The rule fires only when the agreement says such data are
/// processed (or names special categories without excluding them); data the agreement excludes, leaves unstated or leaves
/// as a checklist to complete do not trigger it.</para></remarks>
internal sealed class SensitiveDataWithoutSafeguardsRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA2008",
        nameof(SensitiveDataWithoutSafeguardsRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021915("7.5"),
        LegalReference.Gdpr("9"),
        LegalReference.Gdpr("10"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.Processing.SensitiveData;
        var special = terms.SpecialCategories == DataPresence.Present
            || (terms.SpecialCategories != DataPresence.Excluded && !terms.SpecialCategoryKinds.IsEmpty);
        var criminal = terms.CriminalData == DataPresence.Present;
        if ((special || criminal) && !DescriptionEntries.AnyCounts(terms.Safeguards, agreement.Document.Status))
        {
            context.Report(AgreementPaths.Processing.SensitiveData.Safeguards.Path);
        }
    }
}
