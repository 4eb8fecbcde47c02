namespace Dpa.Rules.Time;

/// <content>The deadline engine's working-day table: one bit per day, built from this calendar's own lookups.</content>
public sealed partial class NetherlandsHolidayCalendar
{
    /// <summary>Gets the table of Saturdays, Sundays and holidays of this calendar, by day number.</summary>
    /// <remarks><para>Its blocks are built on first use; both instances of this type are shared, so a table exists at
    /// most twice per process.</para></remarks>
    internal WorkingDayTable WorkingDays { get; }

    /// <summary>Gets the day number of <see cref="CompleteThrough"/>.</summary>
    internal int CompleteThroughDayNumber { get; }
}
