using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8008: the processor may refuse an audit or a request for information on grounds GDPR Art. 28(3)(h) does not
/// know.</summary>
/// <remarks>
/// <para>Art. 28(3)(h) has the processor make available "all information necessary to demonstrate compliance" and "allow for
/// and contribute to audits"; it gives the processor no ground to refuse. SCC 2021/915 Clause 7.6(b)–(d) neither: the
/// processor deals "promptly and adequately" with inquiries, and burden and confidentiality are met by "reasonable notice"
/// and a confidential auditor, not by a refusal. A ground the processor itself applies — a disproportionate burden, its trade
/// secrets or other confidential information, or that the request would add nothing to what it has already provided — lets
/// it decide whether it is verified. Each such ground is reported at <c>$.audits.refusalGrounds[i]</c>.</para>
/// <para>Warning: audits remain, narrowed. Grounds that restate limits the law sets anyway (the request is unrelated to the
/// processing, or complying would infringe the law) are not reported.</para>
/// </remarks>
internal sealed class ProcessorMayRefuseAuditRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8008",
        nameof(ProcessorMayRefuseAuditRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "b"),
        LegalReference.Scc2021915("7.6", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var grounds = agreement.Audits.RefusalGrounds;
        for (var i = 0; i < grounds.Length; i++)
        {
            var text = grounds[i] switch
            {
                AuditRefusalGround.DisproportionateBurden => ArgumentTexts.RefusalForBurden,
                AuditRefusalGround.ConfidentialInformation => ArgumentTexts.RefusalForConfidentiality,
                AuditRefusalGround.NoAdditionalInformation => ArgumentTexts.RefusalForNoAdditionalInformation,
                _ => null,
            };
            if (text is not null)
            {
                context.Report(AgreementPaths.Audits.RefusalGrounds.At(i), text);
            }
        }
    }
}
