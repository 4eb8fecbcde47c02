using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.EndOfProcessing;

/// <summary>DPA9004: the agreement should fix a period after the end within which the data are deleted, and a short one.</summary>
/// <remarks><para>SCC 2021/915 Clause 10(d) and GDPR Art. 28(3)(g) require deletion after the end of the services; without a
/// period running from the end (deletion only "on request" is none), data can stay indefinitely. Also reported when the
/// period is certainly longer than <see cref="RuleThresholds.DeletionPeriodMaximum"/> (a month of the period counts as only 28 days):
/// the finding states the deletion deadline computed with the deadline engine for <see cref="RuleContext.SampleEndDate"/>.</para></remarks>
internal sealed class DeletionPeriodAfterEndRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA9004",
        nameof(DeletionPeriodAfterEndRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021915("10", "d"),
        LegalReference.Gdpr("28", "3", "g"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var maximum = context.Thresholds.DeletionPeriodMaximum;
        var end = context.SampleEndDate;
        if (agreement.EndOfProcessing.Deletion is not { From: EndOfLifeTrigger.AgreementEnd, Period: var period })
        {
            context.Report(AgreementPaths.EndOfProcessing.Deletion.Path, ArgumentTexts.DeletionPeriodNotStated, maximum, ArgumentTexts.NoDeletionDeadline.With(EndOfLifeDates.Iso(end)));
            return;
        }

        if (PeriodComparison.IsCertainlyLonger(period, maximum))
        {
            var sampleEnd = EndOfLifeDates.Iso(end);
            var lastDay = EndOfLifeDates.LastDayAfterEnd(context, end, period);
            // Past the end of the calendar the deadline has no date: the period is still too long, but no date is made up.
            var deadline = lastDay is { } day ? EndOfLifeDates.Iso(day) : null;
            context.Report(
                Rule.DefaultSeverity,
                AgreementPaths.EndOfProcessing.Deletion.Period,
                deadline is null
                    ? [new FindingFact("sampleEndDate", sampleEnd)]
                    : [new FindingFact("sampleEndDate", sampleEnd), new FindingFact("deletionDeadline", deadline)],
                period,
                maximum,
                deadline is null
                    ? ArgumentTexts.DeletionDeadlineAfterCalendar.With(sampleEnd)
                    : ArgumentTexts.DeletionDeadlineOn.With(sampleEnd, deadline));
        }
    }
}
