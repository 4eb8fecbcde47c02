using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1005: where the agreement belongs to a main agreement, it should prevail over it on data protection.</summary>
/// <remarks>
/// <para>SCC 2021/915 Clause 4: "In the event of a contradiction between these Clauses and the provisions of related agreements
/// between the Parties ... these Clauses shall prevail." Without such a clause the main (service) agreement — typically the
/// processor's general terms — may override the data-protection terms, e.g. by a general liability exclusion or its own
/// rules on data after termination. A Warning: the GDPR itself does not require a precedence clause, the SCCs do. Reported
/// only where the agreement is tied to a main agreement (one is identified, or the processing lasts as long as one).</para>
/// </remarks>
internal sealed class NoPrecedenceOverMainAgreementRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1005",
        nameof(NoPrecedenceOverMainAgreementRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021915("4"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var document = agreement.Document;
        var tied = document.MainAgreement is not null || agreement.Processing.Duration?.Basis == DurationBasis.MainAgreement;
        if (tied && document.PrevailsOverMainAgreement != true)
        {
            context.Report(
                AgreementPaths.Document.PrevailsOverMainAgreement,
                document.PrevailsOverMainAgreement is null ? ArgumentTexts.PrecedenceNotStated : ArgumentTexts.MainAgreementPrevails);
        }
    }
}
