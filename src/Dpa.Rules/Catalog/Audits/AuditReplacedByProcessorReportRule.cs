using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8007: the processor's own reports or certificates must not take the place of an audit by the controller or an
/// auditor it mandates.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(h): audits "conducted by the controller or another auditor mandated by the controller". A certificate
/// or audit report the processor commissions is neither. SCC 2021/915 Clause 7.6(c) lets the controller take relevant
/// certifications into account "in deciding on a review or an audit" — the controller decides — and Clause 7.6(d) lets it
/// "conduct the audit by itself or mandate an independent auditor".</para>
/// <para>Error, the audit being absent or left to the processor, when audits take place only through certifications or reports
/// (<see cref="AuditCondition.OnlyByCertification"/>, at <c>$.audits.condition</c>) or when the processor may answer an audit
/// request with its own report (<see cref="AuditReportUse.ProcessorMaySubstitute"/>, at <c>$.audits.reportUse</c>). Warning,
/// the audit present but weaker than Clause 7.6(c), when the controller must first review the processor's reports and may
/// audit only if they leave the question open (<see cref="AuditReportUse.ReviewedFirst"/>).</para>
/// </remarks>
internal sealed class AuditReplacedByProcessorReportRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8007",
        nameof(AuditReplacedByProcessorReportRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "h"),
        LegalReference.Scc2021915("7.6", "c"),
        LegalReference.Scc2021915("7.6", "d"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var audits = agreement.Audits;
        if (audits.Condition == AuditCondition.OnlyByCertification)
        {
            context.Report(AgreementPaths.Audits.Condition, ArgumentTexts.AuditsOnlyThroughReports);
        }

        switch (audits.ReportUse)
        {
            case AuditReportUse.ProcessorMaySubstitute:
                context.Report(AgreementPaths.Audits.ReportUse, ArgumentTexts.ProcessorReportInsteadOfAudit);
                break;
            case AuditReportUse.ReviewedFirst:
                context.Report(RuleSeverity.Warning, AgreementPaths.Audits.ReportUse, ArgumentTexts.ProcessorReportsReviewedFirst);
                break;
        }
    }
}
