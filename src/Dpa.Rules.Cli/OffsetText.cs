using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Cli;

/// <summary>The command line's text of UTC offsets and offset date-times: <c>+01:00</c>, with the seconds when the offset has
/// some (<c>-00:44:30</c>, Monrovia's offset until 1972), so that a local time and its UTC instant always agree.</summary>
internal static class OffsetText
{
    private static readonly OffsetPattern Minutes = OffsetPattern.CreateWithInvariantCulture("+HH:mm");

    private static readonly OffsetPattern Seconds = OffsetPattern.CreateWithInvariantCulture("+HH:mm:ss");

    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF");

    /// <summary>Formats an offset as <c>+HH:mm</c>, or <c>+HH:mm:ss</c> when it has seconds.</summary>
    public static string Format(Offset offset) => (offset.Seconds % 60 == 0 ? Minutes : Seconds).Format(offset);

    /// <summary>Formats a zoned date-time as an ISO-8601 offset date-time, keeping fractional seconds and the offset's seconds.</summary>
    public static string Format(ZonedDateTime local) => Local.Format(local.LocalDateTime) + Format(local.Offset);
}
