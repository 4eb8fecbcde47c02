using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Audits;

/// <summary>DPA8005: a cap on audit frequency should allow at least one audit per reasonable interval, or yield to indications of non-compliance.</summary>
/// <remarks>
/// <para>SCC 2021/915 Clause 7.6(c): audits "at reasonable intervals or if there are indications of non-compliance"; GDPR
/// Art. 28(3)(h). The rule fires when the minimum time between audits is longer than
/// <see cref="RuleThresholds.AuditIntervalMaximum"/> (one year by default) and no exception for indications of non-compliance
/// or an authority's request is agreed. Periods are compared exactly within a family of units (hours/days/weeks; months/years)
/// and conservatively across them (the interval at its shortest against the maximum at its longest), so a year is never
/// "longer" than twelve months.</para>
/// </remarks>
internal sealed class AuditIntervalTooLongRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA8005",
        nameof(AuditIntervalTooLongRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021915("7.6", "c"),
        LegalReference.Gdpr("28", "3", "h"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var audits = agreement.Audits;
        var maximum = context.Thresholds.AuditIntervalMaximum;
        if (audits.MaximumFrequency is { } interval && audits.FrequencyExceptions is not true && PeriodComparison.IsCertainlyLonger(interval, maximum))
        {
            context.Report(AgreementPaths.Audits.MaximumFrequency, interval, maximum);
        }
    }
}
