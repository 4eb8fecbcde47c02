using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace HostApp;

/// <summary>House policy: every sub-processor must be on the company's approved list.</summary>
public sealed class ApprovedSubProcessorsRule(params string[] approved) : IAgreementRule
{
    /// <summary>The rule's descriptor: a host rule id (DPAn900–DPAn999) in the sub-processor category.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DPA4901",
        "Sub-processor not on the approved list",
        "Sub-processor '{0}' is not on the approved list",
        "The company engages only sub-processors that procurement has approved.",
        RuleSeverity.Warning,
        new Uri("https://intranet.example.com/privacy/rules/DPA4901"),
        LegalReference.Gdpr("28", "2"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            var name = subProcessors[i].Name;
            if (name.IsStated && !approved.Contains(name.Text))
            {
                context.Report($"$.subProcessing.subProcessors[{i}].name", name.Text);
            }
        }
    }
}
