using Dpa.Rules.Catalog;
using Dpa.Rules.Model;
using Dpa.Rules.Tests.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog;

public sealed class PeriodComparisonProperties
{
    // Day-based periods of up to about ten years, so that every deadline is computable from any start date below.
    private static Gen<ContractualPeriod> Periods =>
        from unit in Gen.Elements(PeriodUnit.Days, PeriodUnit.Weeks, PeriodUnit.Months, PeriodUnit.Years)
        from count in Gen.Choose(0, unit switch { PeriodUnit.Days => 3_700, PeriodUnit.Weeks => 530, PeriodUnit.Months => 120, _ => 10 })
        select ContractualPeriod.Of(count, unit);

    private static Gen<LocalDate> Dates =>
        from days in Gen.Choose(0, 365 * 40)
        select new LocalDate(2000, 1, 1).PlusDays(days);

    private static readonly ProcessingAgreement Agreement = TestAgreements.Minimal();

    [Property]
    public Property CertainlyShorter_EndsEarlierFromEveryDate() =>
        Prop.ForAll(Periods.ToArbitrary(), Periods.ToArbitrary(), Dates.ToArbitrary(), (p, q, date) =>
            !PeriodComparison.IsCertainlyShorter(p, q)
            || EndOfLifeTests.LastDay(Agreement, date, p) < EndOfLifeTests.LastDay(Agreement, date, q));

    [Property]
    public Property CertainlyLonger_EndsLaterFromEveryDate() =>
        Prop.ForAll(Periods.ToArbitrary(), Periods.ToArbitrary(), Dates.ToArbitrary(), (p, q, date) =>
            !PeriodComparison.IsCertainlyLonger(p, q)
            || EndOfLifeTests.LastDay(Agreement, date, p) > EndOfLifeTests.LastDay(Agreement, date, q));

    [Property]
    public Property Bounds_ContainTheActualLength() =>
        Prop.ForAll(Periods.ToArbitrary(), Dates.ToArbitrary(), (p, date) =>
        {
            var days = Period.Between(date, EndOfLifeTests.LastDay(Agreement, date, p)!.Value, PeriodUnits.Days).Days;
            return PeriodComparison.MinimumDays(p) <= days && days <= PeriodComparison.MaximumDays(p);
        });
}
