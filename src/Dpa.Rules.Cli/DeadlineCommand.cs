using System.CommandLine;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Cli;

/// <summary>The <c>deadline</c> command: one deadline from an event and a period, with its explanation (design §6).</summary>
internal static class DeadlineCommand
{
    private const string DefaultZone = "Europe/Amsterdam";

    private static readonly InstantPattern UtcPattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF'Z'");

    /// <summary>Creates the command; its action writes to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = new Option<string>("--from")
        {
            Description = "The event: a date (YYYY-MM-DD), or a date-time (ISO-8601 with Z or an offset, or a bare local time in --zone).",
            HelpName = "DATE|DATETIME",
            Required = true,
        };
        var period = new Option<string>("--period")
        {
            Description = "The period, ISO-8601 in a single unit: PT72H, P14D, P2W, P1M, P1Y.",
            HelpName = "ISO-PERIOD",
            Required = true,
        };
        var convention = new Option<string>("--convention")
        {
            Description = "How to count: contract (default), eu-1182-71 (EU Regulation 1182/71 Art. 3) or nl-atw (Algemene termijnenwet).",
            DefaultValueFactory = _ => CountingConventionNames.Contract,
        };
        convention.AcceptOnlyFromAmong(CountingConventionNames.Contract, CountingConventionNames.Eu118271, CountingConventionNames.NlAtw);
        var zone = new Option<string>("--zone")
        {
            Description = "The TZDB time zone whose days are counted and in which a bare local date-time is read.",
            HelpName = "TZID",
            DefaultValueFactory = _ => DefaultZone,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command(
            "deadline",
            "Compute when a contractual period ends (event + period) and explain each step."
            + " Example: dpa-rules deadline --from 2025-01-31 --period P1M --convention nl-atw")
        {
            from, period, convention, zone, format,
        };
        command.SetAction(parse => Run(
            parse.GetValue(from)!,
            parse.GetValue(period)!,
            parse.GetValue(convention)!,
            parse.GetValue(zone)!,
            parse.GetValue(format)!,
            output,
            error));
        return command;
    }

    private static int Run(string fromText, string periodText, string conventionText, string zoneId, string format, TextWriter output, TextWriter error)
    {
        ContractualPeriod period;
        try
        {
            period = ContractualPeriod.Parse(periodText);
        }
        catch (FormatException ex)
        {
            error.WriteLine($"Invalid --period '{periodText}': {ex.Message}");
            return 2;
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is not { } zone)
        {
            error.WriteLine($"Unknown --zone '{zoneId}': use a TZDB time zone id such as '{DefaultZone}'.");
            return 2;
        }

        if (!CountingConventionNames.TryParse(conventionText, out var convention))
        {
            error.WriteLine($"Unknown --convention '{conventionText}': use contract, eu-1182-71 or nl-atw.");
            return 2;
        }
        var calculator = zone.Id == DefaultZone
            ? DeadlineCalculator.Netherlands
            : new DeadlineCalculator(zone, NetherlandsHolidayCalendar.Default);

        Deadline deadline;
        try
        {
            if (!TryCompute(calculator, fromText, period, convention, out deadline, out var problem))
            {
                error.WriteLine($"Invalid --from '{fromText}': {problem}");
                return 2;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            error.WriteLine($"The deadline of {period:O} from '{fromText}' falls outside the supported dates (up to 9999-12-31).");
            return 2;
        }

        if (format == "json")
        {
            WriteJson(deadline, output);
        }
        else
        {
            WriteText(deadline, output);
        }

        return 0;
    }

    private static bool TryCompute(DeadlineCalculator calculator, string text, ContractualPeriod period, CountingConvention convention, out Deadline deadline, out string problem)
    {
        deadline = default;
        if (!CommandInput.IsDateTime(text))
        {
            if (!CommandInput.TryParseDate(text, out var date, out problem))
            {
                return false;
            }

            if (period.IsTimeBased)
            {
                problem = $"an hour period ({period:O}) runs from a moment, not a date: give a date-time such as '{text}T09:30' or '{text}T09:30:00Z'.";
                return false;
            }

            deadline = calculator.Compute(date, period, convention);
            return true;
        }

        if (!CommandInput.TryParseInstant(text, calculator.Zone, out var instant, out problem))
        {
            return false;
        }

        deadline = calculator.Compute(instant, period, convention);
        return true;
    }

    private static void WriteText(Deadline deadline, TextWriter output)
    {
        output.WriteLine($"Last day:         {deadline.LastDay.DayOfWeek} {LocalDatePattern.Iso.Format(deadline.LastDay)}");
        output.WriteLine($"Expires at:       {FormatLocal(deadline.ExpiresAtLocal)} ({deadline.Zone.Id})");
        output.WriteLine($"Expires at (UTC): {UtcPattern.Format(deadline.ExpiresAt)}");
        output.WriteLine($"Convention:       {CountingConventionNames.GetName(deadline.Convention)}");
        output.WriteLine("Steps:");
        var steps = deadline.Explain();
        for (var i = 0; i < steps.Length; i++)
        {
            output.WriteLine($"  {i + 1}. {steps[i]}");
        }
    }

    private static void WriteJson(Deadline deadline, TextWriter output) =>
        CommandOutput.WriteJson(output, json => WriteDeadlineObject(json, deadline));

    /// <summary>Writes a deadline as the JSON object of the <c>deadline</c> command (design §6); other commands nest it.</summary>
    internal static void WriteDeadlineObject(System.Text.Json.Utf8JsonWriter json, Deadline deadline)
    {
        json.WriteStartObject();
        json.WriteString("lastDay", LocalDatePattern.Iso.Format(deadline.LastDay));
        json.WriteString("expiresAt", UtcPattern.Format(deadline.ExpiresAt));
        json.WriteString("expiresAtLocal", FormatLocal(deadline.ExpiresAtLocal));
        json.WriteString("zone", deadline.Zone.Id);
        json.WriteString("convention", CountingConventionNames.GetName(deadline.Convention));
        json.WriteString("period", deadline.Period.ToString());
        json.WriteString("rawLastDay", LocalDatePattern.Iso.Format(deadline.RawLastDay));
        json.WriteBoolean("mayDependOnUnknownHolidays", deadline.MayDependOnUnknownHolidays);
        json.WriteStartArray("steps");
        foreach (var step in deadline.Explain())
        {
            json.WriteStringValue(step);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Formats an instant as UTC with <c>Z</c>, keeping fractional seconds.</summary>
    internal static string FormatUtc(Instant instant) => UtcPattern.Format(instant);

    /// <summary>Formats a zoned date-time as an offset date-time, keeping fractional seconds (and the offset's, when it has some).</summary>
    internal static string FormatLocal(ZonedDateTime local) => OffsetText.Format(local);
}
