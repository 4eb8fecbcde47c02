using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Time;

/// <summary>The invariant ISO-8601 text forms used in explanations and by the command line.</summary>
internal static class TimeText
{
    public static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    public static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF'Z'");

    // An offset prints its seconds when it has some (most zones before about 1900, Monrovia until 1972): without them a local
    // time would be up to a minute off its instant.
    private static readonly LocalDateTimePattern LocalDateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF");

    private static readonly OffsetPattern OffsetMinutes = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    private static readonly OffsetPattern OffsetSeconds = OffsetPattern.CreateWithInvariantCulture("+HH:mm:ss");

    public static string Format(LocalDate date) => Date.Format(date);

    public static string FormatWithWeekday(LocalDate date) => $"{date.DayOfWeek} {Date.Format(date)}";

    public static string Format(Instant instant) => Utc.Format(instant);

    public static string Format(ZonedDateTime zoned) => LocalDateTime.Format(zoned.LocalDateTime) + Format(zoned.Offset);

    public static string Format(Offset offset) => (offset.Seconds % 60 == 0 ? OffsetMinutes : OffsetSeconds).Format(offset);

    public static string MonthYear(LocalDate date) =>
        date.ToString("MMMM uuuu", CultureInfo.InvariantCulture);
}
