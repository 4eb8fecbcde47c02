using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3008: the processor's data-subject assistance must leave the controller time within Art. 12(3)'s one month.</summary>
/// <remarks>
/// <para>GDPR Art. 12(3): the controller answers a data-subject request "without undue delay and in any event within one
/// month of receipt"; Art. 28(3)(e): the processor assists. The rule takes a sample request received on the as-of date
/// and forwarded to the processor the same day (the most favourable case), computes the controller's month with the
/// contract convention (event day not counted, same date or the month's last day, no roll to a working day: the earliest
/// reading, which a controller should plan with) and the processor's last day with the agreement's own counting
/// convention, and warns when fewer than the configured margin (default 14 days) remain. The finding states the dates.</para>
/// </remarks>
internal sealed class DataSubjectAssistanceTooSlowRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3008",
        nameof(DataSubjectAssistanceTooSlowRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("12", "3"),
        LegalReference.Gdpr("28", "3", "e"));

    private static readonly ContractualPeriod OneMonth = ContractualPeriod.FromMonths(1);

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Assistance.DataSubjectRequests is not { Provided: true, ResponsePeriod: { } period })
        {
            return;
        }

        var document = agreement.Document;
        var calculator = context.Deadlines;
        var received = context.AsOf;
        var convention = document.CountingConvention ?? CountingConvention.Contract;
        LocalDate controllerLastDay;
        LocalDate processorLastDay;
        try
        {
            controllerLastDay = calculator.Compute(received, OneMonth, CountingConvention.Contract).LastDay;
            processorLastDay = period.IsTimeBased
                ? calculator.Compute(calculator.Zone.AtStartOfDay(received).ToInstant(), period, convention).LastDay
                : calculator.Compute(received, period, convention).LastDay;
        }
        catch (ArgumentOutOfRangeException) when (Enum.IsDefined(convention))
        {
            // Evaluated as of a day so close to 9999-12-31 that a deadline falls after it: there is nothing to compare.
            return;
        }

        var margin = context.Thresholds.DataSubjectRequestMargin;
        if (processorLastDay <= LatestAcceptable(controllerLastDay, margin))
        {
            return;
        }

        var daysLeft = Period.DaysBetween(processorLastDay, controllerLastDay);
        context.Report(
            RuleSeverity.Warning,
            AgreementPaths.Assistance.DataSubjectRequests.ResponsePeriod,
            [
                new FindingFact("requestReceived", Iso(received)),
                new FindingFact("processorDeadline", Iso(processorLastDay)),
                new FindingFact("controllerDeadline", Iso(controllerLastDay)),
                new FindingFact("daysLeft", daysLeft.ToString(CultureInfo.InvariantCulture)),
            ],
            period,
            daysLeft > 0 ? UnitCount.Days(daysLeft) : (object)ArgumentTexts.NoTime,
            margin);
    }

    // Counted back from the controller's last day without allocating a NodaTime Period; an hour margin counts as the
    // whole days it spans.
    private static LocalDate LatestAcceptable(LocalDate controllerLastDay, ContractualPeriod margin) => margin.Unit switch
    {
        PeriodUnit.Hours => controllerLastDay.PlusDays(-((margin.Count + 23) / 24)),
        PeriodUnit.Days => controllerLastDay.PlusDays(-margin.Count),
        PeriodUnit.Weeks => controllerLastDay.PlusWeeks(-margin.Count),
        PeriodUnit.Months => controllerLastDay.PlusMonths(-margin.Count),
        _ => controllerLastDay.PlusYears(-margin.Count),
    };

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
