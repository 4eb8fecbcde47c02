using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>The date of Easter Sunday in the Gregorian calendar.</summary>
internal static class Easter
{
    private const int TableFirstYear = 1900;
    private const int TableLastYear = 2299;

    // Easter's day of the year for the years deadlines are computed for, so that holiday lookups stay a few nanoseconds.
    private static readonly short[] DayOfYearTable = BuildTable();

    /// <summary>Gets the day of the year (1-based) of Easter Sunday in <paramref name="year"/>; for years before 1, a value no date matches.</summary>
    /// <remarks><para>The algorithm is the Gregorian one, applied proleptically before 1583; it needs non-negative years.</para></remarks>
    public static int DayOfYear(int year) => year switch
    {
        >= TableFirstYear and <= TableLastYear => DayOfYearTable[year - TableFirstYear],
        < 1 => int.MinValue / 2,
        _ => Sunday(year).DayOfYear,
    };

    /// <summary>Computes Easter Sunday of <paramref name="year"/> with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    /// <remarks><para>Pure integer arithmetic, valid for every Gregorian year (1583 onward); allocation-free.</para></remarks>
    public static LocalDate Sunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new LocalDate(year, n / 31, (n % 31) + 1);
    }

    private static short[] BuildTable()
    {
        var table = new short[TableLastYear - TableFirstYear + 1];
        for (var year = TableFirstYear; year <= TableLastYear; year++)
        {
            table[year - TableFirstYear] = (short)Sunday(year).DayOfYear;
        }

        return table;
    }
}
