using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Time;

/// <summary>The invariant ISO-8601 text forms used in explanations and by the command line.</summary>
internal static class TimeText
{
    public static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    public static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF'Z'");

    public static readonly OffsetDateTimePattern Local =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HH:mm>");

    public static readonly OffsetPattern OffsetText = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    public static string Format(LocalDate date) => Date.Format(date);

    public static string FormatWithWeekday(LocalDate date) => $"{date.DayOfWeek} {Date.Format(date)}";

    public static string Format(Instant instant) => Utc.Format(instant);

    public static string Format(ZonedDateTime zoned) => Local.Format(zoned.ToOffsetDateTime());

    public static string Format(Offset offset) => OffsetText.Format(offset);

    public static string MonthYear(LocalDate date) =>
        date.ToString("MMMM uuuu", CultureInfo.InvariantCulture);
}
