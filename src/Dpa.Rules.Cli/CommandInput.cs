using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Dpa.Rules.Cli;

/// <summary>Reads the dates and date-times of the command line (design §6): DATE is <c>YYYY-MM-DD</c>; DATETIME is ISO-8601
/// with <c>Z</c> or an offset, or a bare local date-time in a zone.</summary>
/// <remarks>
/// <para>The accepted range is the years 0001 to 9999, both as written and, for a date-time, in UTC: a year 0000 or below, a
/// fifth digit, <c>T24:00</c> and an offset that carries a date-time past 9999-12-31 or before 0001-01-01 in UTC are rejected
/// here, before any arithmetic (docs/cli.md "Dates and date-times"). The rules are checked up to those days
/// (<c>CatalogProperties</c>), so whatever the tool accepts it can compute with.</para>
/// <para>Every problem comes back as a message for stderr in the user's terms ("expected a date such as 2025-11-01"); nothing
/// here throws on bad input. A bare local time that is skipped or repeated at a daylight-saving change is rejected, never
/// guessed: a guess could move a deadline by an hour.</para>
/// </remarks>
internal static partial class CommandInput
{
    /// <summary>The first date the tool accepts.</summary>
    public static readonly LocalDate MinDate = new(1, 1, 1);

    /// <summary>The last date the tool accepts.</summary>
    public static readonly LocalDate MaxDate = new(9999, 12, 31);

    private const string DateExample = "expected a date such as 2025-11-01 (YYYY-MM-DD, years 0001 to 9999)";

    private const string DateTimeExample =
        "expected a date-time such as 2025-03-29T10:00, 2025-03-29T10:00:00Z or 2025-03-29T10:00+01:00 (YYYY-MM-DDThh:mm[:ss], then Z, an offset or nothing for local time)";

    /// <summary>Gets whether <paramref name="text"/> looks like a date-time rather than a date.</summary>
    public static bool IsDateTime(string text) => text.Contains('T', StringComparison.Ordinal);

    /// <summary>Parses a DATE; on failure <paramref name="problem"/> says why.</summary>
    public static bool TryParseDate(string text, out LocalDate date, out string problem)
    {
        date = default;
        var match = DateShape().Match(text);
        if (!match.Success)
        {
            problem = DateExample + ".";
            return false;
        }

        return TryDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out date, out problem);
    }

    /// <summary>Parses a DATETIME into an instant, reading a bare local date-time in <paramref name="zone"/>.</summary>
    public static bool TryParseInstant(string text, DateTimeZone zone, out Instant instant, out string problem)
    {
        instant = default;
        var match = DateTimeShape().Match(text);
        if (!match.Success)
        {
            problem = DateTimeExample + ".";
            return false;
        }

        if (!TryDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out var date, out problem))
        {
            return false;
        }

        var hour = Number(match.Groups["h"].Value);
        var minute = Number(match.Groups["min"].Value);
        var second = match.Groups["s"].Success ? Number(match.Groups["s"].Value) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            problem = $"the time {match.Groups["time"].Value} does not exist: hours run from 00 to 23, minutes and seconds from 00 to 59 (for the end of a day, give 00:00 of the next day).";
            return false;
        }

        var nanoseconds = match.Groups["f"].Success ? Number(match.Groups["f"].Value.PadRight(9, '0')) : 0;
        var local = date.At(new LocalTime(hour, minute, second).PlusNanoseconds(nanoseconds));
        if (match.Groups["z"].Success)
        {
            if (!TryOffset(match.Groups["z"].Value, out var offset, out problem))
            {
                return false;
            }

            return TryInRange(local, offset, out instant, out problem);
        }

        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                return TryInRange(local, mapping.Single().Offset, out instant, out problem);
            case 0:
                problem = $"this local time does not exist in {zone.Id} (the clocks skip it at a daylight-saving change); give the time with an offset, e.g. '{text}{OffsetText.Format(mapping.EarlyInterval.WallOffset)}', or as UTC with 'Z'.";
                return false;
            default:
                problem = $"this local time occurs twice in {zone.Id} (the clocks go back at a daylight-saving change); give the time with an offset to say which, e.g. '{text}{OffsetText.Format(mapping.First().Offset)}' or '{text}{OffsetText.Format(mapping.Last().Offset)}'.";
                return false;
        }
    }

    private static bool TryDate(string yearText, string monthText, string dayText, out LocalDate date, out string problem)
    {
        date = default;
        int year = Number(yearText), month = Number(monthText), day = Number(dayText);
        if (year < MinDate.Year)
        {
            problem = $"the year {yearText} is before the first year the tool counts; {DateExample}.";
            return false;
        }

        if (month is < 1 or > 12)
        {
            problem = $"there is no month {monthText}; {DateExample}.";
            return false;
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var name = new LocalDate(year, month, 1).ToString("MMMM uuuu", CultureInfo.InvariantCulture);
            problem = $"{name} has no day {dayText}: it has {days} days.";
            return false;
        }

        date = new LocalDate(year, month, day);
        problem = string.Empty;
        return true;
    }

    private static bool TryOffset(string text, out Offset offset, out string problem)
    {
        offset = Offset.Zero;
        problem = string.Empty;
        if (text == "Z")
        {
            return true;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var hours = Number(text.Substring(1, 2));
        var minutes = text.Length > 3 ? Number(text[^2..]) : 0;
        if (hours > 18 || minutes > 59 || (hours == 18 && minutes > 0))
        {
            problem = $"the offset {text} does not exist: UTC offsets run from -18:00 to +18:00.";
            return false;
        }

        offset = Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60)));
        return true;
    }

    // The instant of a local date-time at an offset, if it lies within the years 0001 to 9999 in UTC as well. Checked before
    // converting: past those days NodaTime's own range ends, and converting would throw.
    private static bool TryInRange(LocalDateTime local, Offset offset, out Instant instant, out string problem)
    {
        var sinceMidnight = local.TimeOfDay.NanosecondOfDay;
        var offsetNanoseconds = offset.Nanoseconds;
        var before = local.Date == MinDate && sinceMidnight - offsetNanoseconds < 0;
        var after = local.Date == MaxDate && sinceMidnight - offsetNanoseconds >= NodaConstants.NanosecondsPerDay;
        if (before || after)
        {
            instant = default;
            problem = $"at offset {OffsetText.Format(offset)} this is {(before ? "before 0001-01-01" : "after 9999-12-31")} in UTC; the tool counts from 0001-01-01T00:00Z to 9999-12-31T23:59:59Z.";
            return false;
        }

        instant = new OffsetDateTime(local, offset).ToInstant();
        problem = string.Empty;
        return true;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    [GeneratedRegex(
        @"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})T(?<time>(?<h>[0-9]{2}):(?<min>[0-9]{2})(:(?<s>[0-9]{2})([.,](?<f>[0-9]{1,9}))?)?)(?<z>Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeShape();
}
