using System.Numerics;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>Decorates any <see cref="IHolidayCalendar"/> with a cache of its working days: one bit per day, set for a
/// Saturday, a Sunday or a holiday.</summary>
/// <remarks>
/// <para>The working-day conventions ask "which is the first working day from here?" for the roll (EU Regulation 1182/71
/// Art. 3(4); Algemene termijnenwet Art. 1) and the two-working-days rule (Art. 3(5); Atw Art. 2). With the days as bits
/// that is a trailing-zero count on the inverted word, instead of a date addition, a weekday and a holiday lookup per
/// day. The model is NodaTime's <c>CachingZoneIntervalMap</c>: the decorator is internal, callers keep the plain
/// calendar they passed in, and <see cref="For"/> shares one decorator per calendar instance.</para>
/// <para>The bits are indexed by day number (<see cref="DayNumbers"/>) from <see cref="LocalDate.MinIsoValue"/> and built
/// lazily in blocks of <see cref="DaysPerBlock"/> days (about 5.6 years) from the calendar's own
/// <see cref="IHolidayCalendar.TryGetHoliday(LocalDate, out Holiday)"/>, so the two cannot disagree. Days after
/// <see cref="LocalDate.MaxIsoValue"/> read as working days: a scan never runs off the table, and a result past the end of
/// the calendar tells the caller to report that. Memory is bounded: the block index takes about 28 KB, and every block
/// touched about 280 bytes.</para>
/// <para>A calendar that throws for some dates (one that knows only a range of years, say) must not fail a deadline that
/// never asks for those dates: a block whose lookups throw is marked so, and its days are then asked of the calendar one
/// by one, which throws only for a day actually needed.</para>
/// <para>Thread-safe: racing threads may build the same block twice; both results are identical (calendars are pure, as
/// <see cref="IHolidayCalendar"/> requires) and the last write wins harmlessly. Reads allocate nothing once a block is built.</para>
/// </remarks>
internal sealed class CachingHolidayCalendar : IHolidayCalendar
{
    /// <summary>The number of days in one lazily built block.</summary>
    public const int DaysPerBlock = 1 << BlockShift;

    private const int BlockShift = 11;
    private const int WordsPerBlock = DaysPerBlock / 64;

    private static readonly ConditionalWeakTable<IHolidayCalendar, CachingHolidayCalendar> Shared = [];

    // A block whose days are looked up one by one, because the calendar threw while the block was built.
    private static readonly ulong[] Uncached = [];

    private readonly ulong[]?[] _blocks;

    private CachingHolidayCalendar(IHolidayCalendar inner)
    {
        Inner = inner;
        CompleteThroughDayNumber = DayNumbers.FromIsoDate(inner.CompleteThrough.WithCalendar(CalendarSystem.Iso));
        CompleteFromDayNumber = DayNumbers.FromIsoDate(inner.CompleteFrom.WithCalendar(CalendarSystem.Iso));

        // Room for the day after the end of the calendar, so that scans stop there.
        _blocks = new ulong[]?[((DayNumbers.MaxValue + 1 - DayNumbers.MinValue) >> BlockShift) + 1];
    }

    /// <summary>Gets the decorated calendar.</summary>
    public IHolidayCalendar Inner { get; }

    /// <inheritdoc />
    public string Name => Inner.Name;

    /// <inheritdoc />
    public LocalDate CompleteThrough => Inner.CompleteThrough;

    /// <inheritdoc />
    public LocalDate CompleteFrom => Inner.CompleteFrom;

    /// <summary>Gets the day number of <see cref="CompleteFrom"/>.</summary>
    public int CompleteFromDayNumber { get; }

    /// <summary>Gets the day number of <see cref="CompleteThrough"/>.</summary>
    public int CompleteThroughDayNumber { get; }

    /// <summary>Gets the one decorator of <paramref name="calendar"/>, shared by every caller while the calendar is alive.</summary>
    /// <param name="calendar">The calendar; a decorator is returned as it is.</param>
    public static CachingHolidayCalendar For(IHolidayCalendar calendar) =>
        calendar as CachingHolidayCalendar ?? Shared.GetValue(calendar, static inner => new CachingHolidayCalendar(inner));

    /// <inheritdoc />
    public bool TryGetHoliday(LocalDate day, out Holiday holiday) => Inner.TryGetHoliday(day, out holiday);

    /// <summary>Gets whether the day is a working day: not a Saturday, Sunday or holiday.</summary>
    /// <param name="dayNumber">A day number from <see cref="LocalDate.MinIsoValue"/> to the day after <see cref="LocalDate.MaxIsoValue"/>.</param>
    public bool IsWorkingDay(int dayNumber)
    {
        var index = dayNumber - DayNumbers.MinValue;
        var block = Volatile.Read(ref _blocks[index >> BlockShift]) ?? Build(index >> BlockShift);
        return ReferenceEquals(block, Uncached)
            ? IsWorkingDayByLookup(dayNumber)
            : (block[(index >> 6) & (WordsPerBlock - 1)] & (1UL << (index & 63))) == 0;
    }

    /// <summary>Gets the first working day on or after the day; past <see cref="LocalDate.MaxIsoValue"/>, the day after it.</summary>
    /// <param name="dayNumber">A day number from <see cref="LocalDate.MinIsoValue"/> to the day after <see cref="LocalDate.MaxIsoValue"/>.</param>
    public int FirstWorkingDayFrom(int dayNumber)
    {
        var index = dayNumber - DayNumbers.MinValue;
        while (true)
        {
            var block = Volatile.Read(ref _blocks[index >> BlockShift]) ?? Build(index >> BlockShift);
            if (ReferenceEquals(block, Uncached))
            {
                var day = index + DayNumbers.MinValue;
                if (IsWorkingDayByLookup(day))
                {
                    return day;
                }

                index++;
                continue;
            }

            // Inverted, a set bit is a working day; shifting drops the days before this one.
            var working = ~block[(index >> 6) & (WordsPerBlock - 1)] >> (index & 63);
            if (working != 0)
            {
                return index + BitOperations.TrailingZeroCount(working) + DayNumbers.MinValue;
            }

            index = (index | 63) + 1;
        }
    }

    private bool IsWorkingDayByLookup(int dayNumber) =>
        dayNumber > DayNumbers.MaxValue
        || (!DayNumbers.IsWeekend(dayNumber) && !Inner.TryGetHoliday(DayNumbers.ToIsoDate(dayNumber), out _));

    private ulong[] Build(int blockIndex)
    {
        var block = new ulong[WordsPerBlock];
        var first = DayNumbers.MinValue + (blockIndex << BlockShift);
        var last = Math.Min(first + DaysPerBlock - 1, DayNumbers.MaxValue);
        try
        {
            if (first <= last)
            {
                var date = DayNumbers.ToIsoDate(first);
                for (var dayNumber = first; ; dayNumber++)
                {
                    if (DayNumbers.IsWeekend(dayNumber) || Inner.TryGetHoliday(date, out _))
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
        }
#pragma warning disable CA1031 // Whatever the calendar throws, only a lookup of that very day may fail, later.
        catch (Exception)
#pragma warning restore CA1031
        {
            block = Uncached;
        }

        Volatile.Write(ref _blocks[blockIndex], block);
        return block;
    }
}
