using System.Numerics;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>One bit per day for one holiday calendar: set for a Saturday, a Sunday or a holiday, clear for a working day.</summary>
/// <remarks>
/// <para>The working-day conventions ask "which is the first working day from here?" for the roll (EU Regulation 1182/71
/// Art. 3(4); Algemene termijnenwet Art. 1) and the two-working-days rule (Art. 3(5); Atw Art. 2). With the days as bits
/// that is a trailing-zero count on the inverted word, instead of a date addition, a weekday and a holiday lookup per
/// day.</para>
/// <para>The bits are indexed by day number (<see cref="DayNumbers"/>) from <see cref="LocalDate.MinIsoValue"/> and built
/// lazily in blocks of <see cref="DaysPerBlock"/> days (about 5.6 years) from the calendar's own
/// <see cref="IHolidayCalendar.TryGetHoliday(LocalDate, out Holiday)"/>, so the two cannot disagree. Days after
/// <see cref="LocalDate.MaxIsoValue"/> read as working days: a scan never runs off the table, and a result past the end of
/// the calendar tells the caller to take the path that reports it. Memory is bounded: the block index takes about 28 KB, and
/// every block touched about 280 bytes (about 1 MB if every date of the calendar were asked for).</para>
/// <para>Thread-safe: racing threads may build the same block twice; both results are identical and the last write wins
/// harmlessly. Reads allocate nothing once a block is built.</para>
/// </remarks>
internal sealed class WorkingDayTable
{
    /// <summary>The number of days in one lazily built block.</summary>
    public const int DaysPerBlock = 1 << BlockShift;

    private const int BlockShift = 11;
    private const int WordsPerBlock = DaysPerBlock / 64;

    private readonly IHolidayCalendar _calendar;
    private readonly ulong[]?[] _blocks;

    /// <summary>Creates the (still empty) table of <paramref name="calendar"/>, whose lookups must be pure.</summary>
    public WorkingDayTable(IHolidayCalendar calendar)
    {
        _calendar = calendar;

        // Room for the day after the end of the calendar, so that scans stop there.
        _blocks = new ulong[]?[((DayNumbers.MaxValue + 1 - DayNumbers.MinValue) >> BlockShift) + 1];
    }

    /// <summary>Gets whether the day is a working day: not a Saturday, Sunday or holiday.</summary>
    /// <param name="dayNumber">A day number from <see cref="LocalDate.MinIsoValue"/> to the day after <see cref="LocalDate.MaxIsoValue"/>.</param>
    public bool IsWorkingDay(int dayNumber)
    {
        var index = dayNumber - DayNumbers.MinValue;
        var block = Volatile.Read(ref _blocks[index >> BlockShift]) ?? Build(index >> BlockShift);
        return (block[(index >> 6) & (WordsPerBlock - 1)] & (1UL << (index & 63))) == 0;
    }

    /// <summary>Gets the first working day on or after the day; past <see cref="LocalDate.MaxIsoValue"/>, the day after it.</summary>
    /// <param name="dayNumber">A day number from <see cref="LocalDate.MinIsoValue"/> to the day after <see cref="LocalDate.MaxIsoValue"/>.</param>
    public int FirstWorkingDayFrom(int dayNumber)
    {
        var index = dayNumber - DayNumbers.MinValue;
        while (true)
        {
            var block = Volatile.Read(ref _blocks[index >> BlockShift]) ?? Build(index >> BlockShift);

            // Inverted, a set bit is a working day; shifting drops the days before this one.
            var working = ~block[(index >> 6) & (WordsPerBlock - 1)] >> (index & 63);
            if (working != 0)
            {
                return index + BitOperations.TrailingZeroCount(working) + DayNumbers.MinValue;
            }

            index = (index | 63) + 1;
        }
    }

    private ulong[] Build(int blockIndex)
    {
        var block = new ulong[WordsPerBlock];
        var first = DayNumbers.MinValue + (blockIndex << BlockShift);
        var last = Math.Min(first + DaysPerBlock - 1, DayNumbers.MaxValue);
        if (first <= last)
        {
            var date = LocalDate.MinIsoValue.PlusDays(first - DayNumbers.MinValue);
            for (var dayNumber = first; ; dayNumber++)
            {
                if (DayNumbers.IsWeekend(dayNumber) || _calendar.TryGetHoliday(date, out _))
                {
                    var bit = dayNumber - first;
                    block[bit >> 6] |= 1UL << (bit & 63);
                }

                if (dayNumber == last)
                {
                    break;
                }

                date = date.PlusDays(1);
            }
        }

        Volatile.Write(ref _blocks[blockIndex], block);
        return block;
    }
}
