using System.Collections.Immutable;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>The Dutch public holidays that count for periods under the Algemene termijnenwet, computed from its rules.</summary>
/// <remarks>
/// <para>Algemene termijnenwet Art. 3(1) (confirmed): New Year's Day, Easter Monday, Whit Monday, Christmas Day, Boxing
/// Day, Ascension Day, the day the King's birthday is celebrated (27 April; 26 April when 27 April is a Sunday) and
/// 5 May every year. Art. 3(2): Good Friday is equated with them. Easter-based days come from the anonymous Gregorian
/// algorithm (Meeus/Jones/Butcher): Good Friday is Easter − 2, Easter Monday + 1, Ascension Day + 39, Whit Monday + 50.
/// Easter Sunday and Whit Sunday are not listed: they are Sundays.</para>
/// <para>Before 2014 the day was Queen's Day: 30 April, or 29 April when 30 April was a Sunday, as practised from 1980 to
/// 2013. Years before 1980 follow the same Queen's Day rule, although the practice then differed (a Sunday moved the day
/// to Monday 1 May), and the Act's own list changed over time: dates before 2014 are outside the range this calendar
/// vouches for. The Gregorian Easter rule holds from 1583.</para>
/// <para>Art. 3(3): a Royal Decree may equate further days (bridge days). Those are data, not a formula: <see cref="Default"/>
/// includes the decree days of <see cref="DecreeDataFirstYear"/> through <see cref="DecreeDataThroughYear"/>, each with the
/// decree it comes from (their status is <see cref="DecreeDataStatus"/>). <see cref="CompleteFrom"/> and
/// <see cref="CompleteThrough"/> bound that range, so that a deadline counted on days before or after it says the calendar
/// may be incomplete there. Lookups are pure arithmetic and allocate nothing. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class NetherlandsHolidayCalendar : IHolidayCalendar
{
    /// <summary>The first year of King's Day (27 April, or 26 April when that is a Sunday); before it, Queen's Day.</summary>
    public const int KingsDayFirstYear = 2014;

    private const string NewYearsDay = "New Year's Day";
    private const string EasterMonday = "Easter Monday";
    private const string WhitMonday = "Whit Monday";
    private const string ChristmasDay = "Christmas Day";
    private const string BoxingDay = "Boxing Day";
    private const string AscensionDay = "Ascension Day";
    private const string KingsDay = "King's Day";
    private const string QueensDay = "Queen's Day";
    private const string LiberationDay = "Liberation Day";
    private const string GoodFriday = "Good Friday";

    private readonly bool _includeDecreeDays;

    private NetherlandsHolidayCalendar(bool includeDecreeDays)
    {
        _includeDecreeDays = includeDecreeDays;
        DecreeDays = includeDecreeDays ? ImmutableArray.Create(DecreeTable.Days) : [];
        CompleteFrom = includeDecreeDays ? new LocalDate(DecreeDataFirstYear, 1, 1) : LocalDate.MinIsoValue;
        CompleteThrough = includeDecreeDays ? new LocalDate(DecreeDataThroughYear, 12, 31) : LocalDate.MaxIsoValue;
        Name = includeDecreeDays
            ? "Netherlands (Algemene termijnenwet Art. 3, Royal Decree days " + DecreeDataFirstYear + "-" + DecreeDataThroughYear + ")"
            : "Netherlands (Algemene termijnenwet Art. 3(1)-(2) only, without Royal Decree days)";
    }

    /// <summary>Gets the calendar with the statutory holidays and the recorded Royal Decree days.</summary>
    public static NetherlandsHolidayCalendar Default { get; } = new(includeDecreeDays: true);

    /// <summary>Gets the calendar with the statutory holidays of Art. 3(1) and 3(2) only, for callers that deliberately ignore decree days.</summary>
    /// <remarks><para>Its <see cref="CompleteFrom"/> and <see cref="CompleteThrough"/> are unbounded: by choice it never knows decree days.</para></remarks>
    public static NetherlandsHolidayCalendar StatutoryOnly { get; } = new(includeDecreeDays: false);

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    /// <remarks><para>For <see cref="Default"/>, 1 January of <see cref="DecreeDataFirstYear"/>: the calendar holds no decree
    /// days for earlier years, although decrees equated days then too (Art. 3(3)).</para></remarks>
    public LocalDate CompleteFrom { get; }

    /// <inheritdoc />
    /// <remarks><para>For <see cref="Default"/>, 31 December of <see cref="DecreeDataThroughYear"/>.</para></remarks>
    public LocalDate CompleteThrough { get; }

    /// <summary>Gets the Royal Decree days (Art. 3(3)) this calendar includes, in date order.</summary>
    public ImmutableArray<Holiday> DecreeDays { get; }

    /// <inheritdoc />
    public bool TryGetHoliday(LocalDate day, out Holiday holiday)
    {
        var year = day.Year;
        var month = day.Month;
        var dayOfMonth = day.Day;
        string? name = null;
        string? localName = null;
        var kind = HolidayKind.Statutory;
        switch (month)
        {
            case 1 when dayOfMonth == 1:
                (name, localName) = (NewYearsDay, "Nieuwjaarsdag");
                break;
            case 12 when dayOfMonth == 25:
                (name, localName) = (ChristmasDay, "Eerste kerstdag");
                break;
            case 12 when dayOfMonth == 26:
                (name, localName) = (BoxingDay, "Tweede kerstdag");
                break;
            case >= 3 and <= 6:
                // Easter-based days fall between 20 March (Good Friday) and 14 June (Whit Monday).
                var offset = day.DayOfYear - Easter.DayOfYear(year);
                switch (offset)
                {
                    case 1:
                        (name, localName) = (EasterMonday, "Tweede paasdag");
                        break;
                    case 50:
                        (name, localName) = (WhitMonday, "Tweede pinksterdag");
                        break;
                    case 39:
                        (name, localName) = (AscensionDay, "Hemelvaartsdag");
                        break;
                    default:
                        if (IsKingsDay(year, month, dayOfMonth))
                        {
                            (name, localName) = year >= KingsDayFirstYear ? (KingsDay, "Koningsdag") : (QueensDay, "Koninginnedag");
                        }
                        else if (month == 5 && dayOfMonth == 5)
                        {
                            (name, localName) = (LiberationDay, "Bevrijdingsdag");
                        }
                        else if (offset == -2)
                        {
                            (name, localName, kind) = (GoodFriday, "Goede Vrijdag", HolidayKind.Equated);
                        }

                        break;
                }

                break;
            default:
                break;
        }

        if (name is not null)
        {
            holiday = new Holiday(day, name, localName!, kind, trusted: true);
            return true;
        }

        if (_includeDecreeDays && year >= DecreeDataFirstYear && year <= DecreeDataThroughYear)
        {
            var key = Key(year, month, dayOfMonth);
            var keys = DecreeTable.Keys;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == key)
                {
                    holiday = DecreeTable.Days[i];
                    return true;
                }
            }
        }

        holiday = default;
        return false;
    }

    private static bool IsKingsDay(int year, int month, int day)
    {
        // Only 26, 27, 29 and 30 April can be the day; checking first keeps other dates free of weekday arithmetic.
        if (month != 4 || day < 26 || day == 28)
        {
            return false;
        }

        if (year >= KingsDayFirstYear)
        {
            // Art. 3(1): 27 April, or 26 April when 27 April is a Sunday.
            var sundayShift = new LocalDate(year, 4, 27).DayOfWeek == IsoDayOfWeek.Sunday;
            return day == (sundayShift ? 26 : 27);
        }

        // Queen's Day: 30 April, or Saturday 29 April when 30 April is a Sunday (the 1980-2013 practice).
        var queenShift = new LocalDate(year, 4, 30).DayOfWeek == IsoDayOfWeek.Sunday;
        return day == (queenShift ? 29 : 30);
    }

    private static int Key(int year, int month, int day) => (year * 10_000) + (month * 100) + day;
}
