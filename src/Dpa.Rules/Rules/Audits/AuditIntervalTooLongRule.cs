using Dpa.Rules.Model;

namespace Dpa.Rules.Rules.Audits;

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
        if (audits.MaximumFrequency is { } interval && audits.FrequencyExceptions is not true && IsLonger(interval, maximum))
        {
            context.Report("$.audits.maximumFrequency", interval.ToString(), maximum.ToString());
        }
    }

    private static bool IsLonger(ContractualPeriod interval, ContractualPeriod maximum)
    {
        var intervalCalendar = interval.Unit is PeriodUnit.Months or PeriodUnit.Years;
        var maximumCalendar = maximum.Unit is PeriodUnit.Months or PeriodUnit.Years;
        if (intervalCalendar && maximumCalendar)
        {
            return Months(interval) > Months(maximum);
        }

        if (!intervalCalendar && !maximumCalendar)
        {
            return Hours(interval) > Hours(maximum);
        }

        return ShortestDays(interval) > LongestDays(maximum);
    }

    private static long Months(ContractualPeriod period) => period.Unit == PeriodUnit.Years ? 12L * period.Count : period.Count;

    private static long Hours(ContractualPeriod period) => period.Unit switch
    {
        PeriodUnit.Hours => period.Count,
        PeriodUnit.Days => 24L * period.Count,
        _ => 168L * period.Count,
    };

    private static double ShortestDays(ContractualPeriod period) => period.Unit switch
    {
        PeriodUnit.Months => 28.0 * period.Count,
        PeriodUnit.Years => 365.0 * period.Count,
        _ => Hours(period) / 24.0,
    };

    private static double LongestDays(ContractualPeriod period) => period.ApproximateMaximumDays;
}
