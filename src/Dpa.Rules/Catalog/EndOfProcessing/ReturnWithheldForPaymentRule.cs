using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9009: the processor may not hold the personal data back until the controller has paid.</summary>
/// <remarks><para>GDPR Art. 28(3)(g): after the end of the services the processor, "at the choice of the controller", deletes or
/// returns all the personal data; SCC 2021/915 Clause 10(d) alike. The article makes the return depend on the controller's
/// choice alone: a lien on the data for unpaid invoices adds a condition it does not have, and keeps the personal data in
/// the processor's hands to secure its own claim — a purpose of the processor, not of the controller (Art. 28(10)). A
/// payment dispute is for the courts, not a reason to keep personal data. Error: contrary to the article.</para></remarks>
internal sealed class ReturnWithheldForPaymentRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9009",
        nameof(ReturnWithheldForPaymentRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "g"),
        LegalReference.Scc2021915("10", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.EndOfProcessing.ReturnConditionalOnPayment == true)
        {
            context.Report(AgreementPaths.EndOfProcessing.ReturnConditionalOnPayment);
        }
    }
}
