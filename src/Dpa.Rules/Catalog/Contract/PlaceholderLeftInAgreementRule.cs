using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1003: an agreement that binds identified parties must not keep blanks to fill in.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3) and 28(9): the contract must set out its terms in writing; a blank such as <c>[NAAM]</c>
/// states nothing. Each placeholder is reported at its own path: Error when the agreement is executed, Warning for a draft,
/// Info for a template, which is meant to have blanks. Data-presence checklists left to complete (special-category or
/// criminal data, national identification numbers) are placeholders too.</para>
/// <para>A blank signature block is no gap in the terms but in the evidence of execution (DPA1001 weighs that as a
/// Warning): Warning for an executed written agreement, Info when the agreement was accepted electronically (the block is
/// then simply unused) and for drafts and templates, which are unsigned by nature.</para>
/// </remarks>
internal sealed class PlaceholderLeftInAgreementRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1003",
        nameof(PlaceholderLeftInAgreementRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Gdpr("28", "9"));

    // The signature blocks' paths are "$.document.signatures[i]…".
    private const string SignaturesPath = AgreementPaths.Document.Signatures.Path + "[";

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var document = agreement.Document;
        var severity = PlaceholderSeverity.For(document.Status);
        var signatureSeverity = document.Status == AgreementStatus.Executed && document.Form != AgreementForm.Electronic
            ? RuleSeverity.Warning
            : RuleSeverity.Info;
        var reporter = new Reporter(context, severity, signatureSeverity);
        PlaceholderWalker.Walk(agreement, ref reporter);

        var sensitive = agreement.Processing.SensitiveData;
        if (sensitive.SpecialCategories == DataPresence.Placeholder)
        {
            context.Report(severity, AgreementPaths.Processing.SensitiveData.SpecialCategories, AgreementPaths.Processing.SensitiveData.SpecialCategories);
        }

        if (sensitive.CriminalData == DataPresence.Placeholder)
        {
            context.Report(severity, AgreementPaths.Processing.SensitiveData.CriminalData, AgreementPaths.Processing.SensitiveData.CriminalData);
        }

        if (sensitive.NationalIdentificationNumbers == DataPresence.Placeholder)
        {
            context.Report(severity, AgreementPaths.Processing.SensitiveData.NationalIdentificationNumbers, AgreementPaths.Processing.SensitiveData.NationalIdentificationNumbers);
        }
    }

    private readonly struct Reporter(RuleContext context, RuleSeverity severity, RuleSeverity signatureSeverity) : IPlaceholderVisitor
    {
        // The placeholder's own text is not quoted: it is the agreement's text, and the path identifies it.
        public void Visit(string path, TextValue placeholder) =>
            context.Report(path.StartsWith(SignaturesPath, StringComparison.Ordinal) ? signatureSeverity : severity, path, path);
    }
}
