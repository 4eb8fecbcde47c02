namespace Dpa.Rules.Time;

/// <summary>The adjustments a counting convention made to a deadline after adding the period to the event.</summary>
[Flags]
public enum DeadlineAdjustments
{
    /// <summary>The deadline is the event plus the period, nothing else.</summary>
    None = 0,

    /// <summary>The same date did not exist in the last month, so the period ended on that month's last day
    /// (EU Regulation 1182/71 Art. 3(2)(c); the same rule under every convention).</summary>
    MonthEndTruncated = 1,

    /// <summary>The last day was a Saturday, Sunday or public holiday and was moved to the next working day
    /// (EU Regulation 1182/71 Art. 3(4); Algemene termijnenwet Art. 1(1)).</summary>
    RolledToWorkingDay = 2,

    /// <summary>The period was lengthened so that it contains two working days
    /// (EU Regulation 1182/71 Art. 3(5); Algemene termijnenwet Art. 2).</summary>
    ExtendedToTwoWorkingDays = 4,

    /// <summary>The convention's weekend and holiday rules do not apply to this period
    /// (Algemene termijnenwet Art. 4: hours, years, more than 90 days, twelve weeks or three months).</summary>
    ExtensionExcluded = 8,

    /// <summary>The deadline depends on days after <see cref="IHolidayCalendar.CompleteThrough"/>: a holiday equated
    /// later (e.g. by Royal Decree) could still move it.</summary>
    /// <remarks><para>Also set when the days the roll or the two-working-days rule looked at begin before
    /// <see cref="IHolidayCalendar.CompleteFrom"/> (years for which the calendar holds no decree data);
    /// <see cref="Deadline.Explain"/> names those years in a caution step of its own.</para></remarks>
    HolidayDataIncomplete = 16,
}
