using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Security;

/// <summary>DPA6002: the technical and organisational measures must be described, not merely referred to.</summary>
/// <remarks><para>GDPR Art. 28(3)(c) requires the Art. 32 measures; EDPB Guidelines 07/2020 ask the contract to include or
/// reference the concrete measures rather than restate the GDPR. No described measure at all is an error; an agreement that
/// binds the processor to Art. 32 but describes nothing is a warning (the letter of 28(3)(c) is met, the EDPB standard is
/// not). In a template whose measures are all blanks to fill in, the finding is information.</para></remarks>
internal sealed class SecurityMeasuresNotDescribedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA6002",
        nameof(SecurityMeasuresNotDescribedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "c"),
        LegalReference.EdpbGuidelines072020("123"),
        LegalReference.Scc2021915("7.4"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var security = agreement.Security;
        var placeholders = 0;
        foreach (var measure in security.Measures)
        {
            if (measure.Description.IsStated)
            {
                return;
            }

            placeholders++;
        }

        var severity = context.IsTemplate && placeholders > 0
            ? RuleSeverity.Info
            : security.Art32Obligation is true ? RuleSeverity.Warning : RuleSeverity.Error;
        context.Report(severity, AgreementPaths.Security.Measures.Path);
    }
}
