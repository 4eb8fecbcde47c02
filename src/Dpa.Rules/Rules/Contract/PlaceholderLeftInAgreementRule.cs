using Dpa.Rules.Model;

namespace Dpa.Rules.Rules.Contract;

/// <summary>DPA1003: an agreement that binds identified parties must not keep blanks to fill in.</summary>
/// <remarks><para>GDPR Art. 28(3) and 28(9): the contract must set out its terms in writing; a blank such as <c>[NAAM]</c>
/// states nothing. Each placeholder is reported at its own path: Error when the agreement is executed, Warning for a draft,
/// Info for a template, which is meant to have blanks. Data-presence checklists left to complete (special-category or
/// criminal data) are placeholders too.</para></remarks>
internal sealed class PlaceholderLeftInAgreementRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1003",
        nameof(PlaceholderLeftInAgreementRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Gdpr("28", "9"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var severity = PlaceholderSeverity.For(agreement.Document.Status);
        var reporter = new Reporter(context, severity);
        PlaceholderWalker.Walk(agreement, ref reporter);

        var sensitive = agreement.Processing.SensitiveData;
        if (sensitive.SpecialCategories == DataPresence.Placeholder)
        {
            context.Report(severity, "$.processing.sensitiveData.specialCategories", "$.processing.sensitiveData.specialCategories");
        }

        if (sensitive.CriminalData == DataPresence.Placeholder)
        {
            context.Report(severity, "$.processing.sensitiveData.criminalData", "$.processing.sensitiveData.criminalData");
        }
    }

    private readonly struct Reporter(RuleContext context, RuleSeverity severity) : IPlaceholderVisitor
    {
        // The placeholder's own text is not quoted: it is the agreement's text, and the path identifies it.
        public void Visit(string path, TextValue placeholder) => context.Report(severity, path, path);
    }
}
