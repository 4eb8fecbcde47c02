using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Time;

public sealed class HolidayTests
{
    [Fact]
    public void Equality_IsByDateNamesAndKind()
    {
        var a = new Holiday(new LocalDate(2025, 4, 21), "Easter Monday", "Tweede paasdag", HolidayKind.Statutory);
        var b = new Holiday(new LocalDate(2025, 4, 21), "Easter Monday", "Tweede paasdag", HolidayKind.Statutory);
        var c = new Holiday(new LocalDate(2025, 4, 21), "Easter Monday", "Tweede paasdag", HolidayKind.Decree);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
        Assert.Equal("2025-04-21 Easter Monday", a.ToString());
    }

    [Fact]
    public void BuiltInHoliday_EqualsOneBuiltByHand()
    {
        NetherlandsHolidayCalendar.Default.TryGetHoliday(new LocalDate(2025, 4, 21), out var builtIn);

        Assert.Equal(new Holiday(new LocalDate(2025, 4, 21), "Easter Monday", "Tweede paasdag", HolidayKind.Statutory), builtIn);
    }

    [Fact]
    public void Constructor_RejectsBlankNamesAndUndefinedKinds()
    {
        var date = new LocalDate(2025, 1, 1);

        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Holiday(date, " ", "Nieuwjaarsdag", HolidayKind.Statutory)).ParamName);
        Assert.Equal("localName", Assert.Throws<ArgumentNullException>(() => new Holiday(date, "New Year's Day", null!, HolidayKind.Statutory)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Holiday(date, "New Year's Day", "Nieuwjaarsdag", (HolidayKind)0));
    }

    [Fact]
    public void DefaultValue_HasEmptyNames()
    {
        Holiday holiday = default;

        Assert.Equal(string.Empty, holiday.Name);
        Assert.Equal(string.Empty, holiday.LocalName);
    }
}
