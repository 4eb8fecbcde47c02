using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Cli;

/// <summary>Reads the dates and date-times of the command line (design §6): DATE is <c>YYYY-MM-DD</c>; DATETIME is ISO-8601
/// with <c>Z</c> or an offset, or a bare local date-time in a zone.</summary>
/// <remarks><para>Every problem comes back as a message for stderr; nothing here throws on bad input. A bare local time that is
/// skipped or repeated at a daylight-saving change is rejected, never guessed: a guess could move a deadline by an hour.</para></remarks>
internal static class CommandInput
{
    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    /// <summary>Gets whether <paramref name="text"/> looks like a date-time rather than a date.</summary>
    public static bool IsDateTime(string text) => text.Contains('T', StringComparison.Ordinal);

    /// <summary>Parses a DATE; on failure <paramref name="problem"/> says why.</summary>
    public static bool TryParseDate(string text, out LocalDate date, out string problem)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            date = result.Value;
            problem = string.Empty;
            return true;
        }

        date = default;
        problem = "expected a date YYYY-MM-DD. " + WithoutQuote(result.Exception.Message);
        return false;
    }

    /// <summary>Parses a DATETIME into an instant, reading a bare local date-time in <paramref name="zone"/>.</summary>
    public static bool TryParseInstant(string text, DateTimeZone zone, out Instant instant, out string problem)
    {
        instant = default;
        problem = string.Empty;
        foreach (var pattern in OffsetPatterns)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                instant = parsed.Value.ToInstant();
                return true;
            }
        }

        ParseResult<LocalDateTime>? local = null;
        foreach (var pattern in LocalPatterns)
        {
            local = pattern.Parse(text);
            if (local.Success)
            {
                var mapping = zone.MapLocal(local.Value);
                switch (mapping.Count)
                {
                    case 1:
                        instant = mapping.Single().ToInstant();
                        return true;
                    case 0:
                        problem = $"this local time does not exist in {zone.Id} (the clocks skip it at a daylight-saving change); give the time with an offset, e.g. '{text}{FormatOffset(mapping.EarlyInterval.WallOffset)}', or as UTC with 'Z'.";
                        return false;
                    default:
                        problem = $"this local time occurs twice in {zone.Id} (the clocks go back at a daylight-saving change); give the time with an offset to say which, e.g. '{text}{FormatOffset(mapping.First().Offset)}' or '{text}{FormatOffset(mapping.Last().Offset)}'.";
                        return false;
                }
            }
        }

        problem = "expected an ISO-8601 date-time such as 2025-03-29T10:00, 2025-03-29T10:00:00Z or 2025-03-29T10:00:00+01:00. "
            + WithoutQuote(local!.Exception.Message);
        return false;
    }

    private static string FormatOffset(Offset offset) => OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(offset);

    // NodaTime quotes the whole input after its reason; the command line already names the value.
    private static string WithoutQuote(string message)
    {
        var quote = message.IndexOf(" Value being parsed", StringComparison.Ordinal);
        return quote > 0 ? message[..quote] : message;
    }
}
