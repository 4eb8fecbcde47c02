using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Model;

public sealed class ContractualPeriodProperties
{
    private static Gen<ContractualPeriod> Periods =>
        from unit in Gen.Elements(Enum.GetValues<PeriodUnit>())
        from count in Gen.Choose(0, ContractualPeriod.MaxCount(unit))
        select ContractualPeriod.Of(count, unit);

    [Property]
    public Property FormatThenParse_RoundTrips() =>
        Prop.ForAll(Periods.ToArbitrary(), p => ContractualPeriod.Parse(p.ToString()) == p);

    [Property]
    public Property ToPeriod_HasTheSameSingleUnit() =>
        Prop.ForAll(Periods.ToArbitrary(), p =>
        {
            var period = p.ToPeriod();
            var nonZeroUnits = new long[] { period.Years, period.Months, period.Weeks, period.Days, period.Hours }.Count(v => v != 0);
            return nonZeroUnits <= 1 && period.Normalize() == p.ToPeriod().Normalize();
        });
}
