using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Processing;

/// <summary>DPA2009: national identification numbers, such as the Dutch BSN, may be processed only where a law provides for it.</summary>
/// <remarks>
/// <para>GDPR Art. 87 lets member states determine the conditions for processing a national identification number. The
/// Netherlands did so in UAVG Art. 46(1): a number that identifies a person and is prescribed by law — the citizen service
/// number (BSN) — may be used in processing personal data only to carry out that law or for purposes set by law. A
/// processing agreement whose data include such numbers, stated or through the documents listed (a copy of a Dutch passport
/// shows the BSN), but that names no law providing for their use, leaves open whether the controller may process them at
/// all.</para>
/// <para>A Warning, not an Error: the agreement is not contrary to the GDPR, and the legal basis may exist (an employer must
/// keep a copy of an employee's identity document under the Dutch wage-tax act); but nothing in the agreement shows it, and
/// the processor cannot tell a lawful use from an unlawful one. A law named as a placeholder counts as named in a template
/// (DPA1003 reports the blank) and as not named once the agreement is executed.</para>
/// </remarks>
internal sealed class NationalIdentificationNumberWithoutBasisRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA2009",
        nameof(NationalIdentificationNumberWithoutBasisRule),
        RuleSeverity.Warning,
        LegalReference.Uavg("46", "1"),
        LegalReference.Gdpr("87"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var terms = agreement.Processing.SensitiveData;
        if (terms.NationalIdentificationNumbers == DataPresence.Present
            && !DescriptionEntries.Counts(terms.NationalIdentificationNumberBasis, agreement.Document.Status))
        {
            context.Report(
                RuleSeverity.Warning,
                [AgreementPaths.Processing.SensitiveData.NationalIdentificationNumberBasis, AgreementPaths.Processing.SensitiveData.NationalIdentificationNumbers],
                []);
        }
    }
}
