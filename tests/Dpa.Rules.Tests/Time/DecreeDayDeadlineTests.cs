using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Tests.Time;

/// <summary>Deadlines that end on, or are counted across, days equated by Royal Decree (Algemene termijnenwet Art. 3(3)).</summary>
public sealed class DecreeDayDeadlineTests
{
    private static readonly DeadlineCalculator Amsterdam = DeadlineCalculator.Netherlands;

    private static readonly DeadlineCalculator StatutoryOnly =
        new(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"], NetherlandsHolidayCalendar.StatutoryOnly);

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    // Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen
    // erkende feestdag: 28 April 2023 and 19 May 2023 are equated with the Art. 3(1) holidays, so Atw Art. 1(1) extends a
    // period ending on them.
    [Theory]
    // Tuesday 16 May 2023 + 3 days = Friday 19 May (decree day), Sat 20, Sun 21 -> Monday 22 May. Art. 2: Wed 17 and Mon 22
    // are two working days (Thursday 18 May is Ascension Day).
    [InlineData("2023-05-16", "2023-05-19", "2023-05-22")]
    // Tuesday 25 April 2023 + 3 days = Friday 28 April (decree day), Sat 29, Sun 30 -> Monday 1 May. Art. 2: Wed 26 and
    // Mon 1 May are two working days (Thursday 27 April is King's Day).
    [InlineData("2023-04-25", "2023-04-28", "2023-05-01")]
    public void NlAtw_2023_DeadlineEndingOnADecreeDay_RollsOverIt(string from, string raw, string lastDay)
    {
        var deadline = Amsterdam.Compute(D(from), ContractualPeriod.FromDays(3), CountingConvention.NlAtw);
        var withoutDecree = StatutoryOnly.Compute(D(from), ContractualPeriod.FromDays(3), CountingConvention.NlAtw);

        Assert.Equal(D(raw), deadline.RawLastDay);
        Assert.Equal(D(lastDay), deadline.LastDay);
        Assert.Equal(DeadlineAdjustments.RolledToWorkingDay, deadline.Adjustments);
        Assert.Equal(D(raw), withoutDecree.LastDay); // the decree day is what moves it
        Assert.Contains(
            deadline.Explain(),
            s => s.StartsWith($"Weekend/holiday roll: Friday {raw} is a public holiday (Day after ", StringComparison.Ordinal)
                && s.EndsWith($"(equated by Royal Decree)), Saturday {D(raw).PlusDays(1):uuuu-MM-dd} is a Saturday, Sunday {D(raw).PlusDays(2):uuuu-MM-dd} is a Sunday; the period ends on the next working day, Monday {lastDay} (Algemene termijnenwet Art. 1(1)).", StringComparison.Ordinal));
    }

    [Fact]
    public void Eu118271_2023_DecreeDay_IsAHolidayOfTheMemberStateToo()
    {
        // The same decree; 1182/71 Art. 2 takes the public holidays of the member state concerned. Thursday 18 May 2023 + 1 day.
        var deadline = Amsterdam.Compute(D("2023-05-18"), ContractualPeriod.FromDays(1), CountingConvention.Eu118271);

        Assert.Equal(D("2023-05-22"), deadline.LastDay);
    }
}
