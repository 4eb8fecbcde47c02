using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1004: the agreement should be governed by the law of an EU or EEA member state.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3): processing by a processor "shall be governed by a contract or other legal act under Union or Member
/// State law". An agreement that names no governing law leaves the court to find one (Rome I, Regulation (EC) No 593/2008,
/// Art. 4), which for a processor established outside the EEA may be a third country's law; an agreement that chooses such a
/// law is not "under Union or Member State law" at all. A Warning in both cases — the choice of law is the element a
/// reviewer checks first, but the GDPR's own duties apply whatever law governs the contract — and Info for a template
/// whose governing law is still a blank. The EEA states Iceland, Liechtenstein and Norway count as member states here (EEA
/// Agreement); <c>EU</c> is Union law.</para>
/// </remarks>
internal sealed class GoverningLawNotMemberStateRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1004",
        nameof(GoverningLawNotMemberStateRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var document = agreement.Document;
        if (document.GoverningLaw is { } law)
        {
            if (!EuropeanEconomicArea.Contains(law))
            {
                context.Report(AgreementPaths.Document.GoverningLaw, ArgumentTexts.GovernedByLawOf.With(law.Value));
            }
        }
        else if (document.GoverningLawPlaceholder is not null)
        {
            var severity = document.Status == AgreementStatus.Template ? RuleSeverity.Info : RuleSeverity.Warning;
            context.Report(severity, AgreementPaths.Document.GoverningLawPlaceholder, ArgumentTexts.GoverningLawBlank);
        }
        else
        {
            context.Report(AgreementPaths.Document.GoverningLaw, ArgumentTexts.GoverningLawNotStated);
        }
    }
}
