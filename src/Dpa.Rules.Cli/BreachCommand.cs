using System.CommandLine;
using System.Globalization;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Cli;

/// <summary>The <c>breach</c> command: the deadlines that start when the processor becomes aware of a breach (design §6).</summary>
internal static class BreachCommand
{
    /// <summary>Creates the command; its action writes to the context's output and error writers.</summary>
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The agreement (JSON agreement format); - reads it from standard input." };
        var awareAt = new Option<string>("--aware-at")
        {
            Description = "When the processor became aware of the breach: ISO-8601 with Z or an offset, or a bare local date-time in the agreement's time zone.",
            HelpName = "DATETIME",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command(
            "breach",
            "Compute the breach timeline: the processor's deadline, the controller's GDPR Art. 33(1) 72-hour deadline and the hours left between them."
            + " Example: dpa-rules breach examples/002-simplicate.json --aware-at 2025-10-24T16:00")
        {
            file, awareAt, format,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(awareAt)!, parse.GetValue(format)!, context));
        return command;
    }

    private static int Run(string path, string awareAtText, string format, CommandContext context)
    {
        var (output, error) = (context.Output, context.Error);
        if (!CommandInput.IsDateTime(awareAtText))
        {
            error.WriteLine($"Invalid --aware-at '{awareAtText}': a breach starts at a moment, not a date: give a date-time such as '{awareAtText}T09:30' or '{awareAtText}T09:30:00Z'.");
            return 2;
        }

        if (AgreementInput.TryLoad(path, context) is not { } agreement)
        {
            return 2;
        }

        var zone = agreement.Document.TimeZone;
        if (!CommandInput.TryParseInstant(awareAtText, zone, out var awareAt, out var problem))
        {
            error.WriteLine($"Invalid --aware-at '{awareAtText}': {problem}");
            return 2;
        }

        BreachTimeline timeline;
        try
        {
            timeline = BreachTimeline.Compute(agreement, awareAt);
        }
        catch (ArgumentOutOfRangeException)
        {
            error.WriteLine($"The breach timeline from --aware-at '{awareAtText}' reaches beyond the supported dates (up to 9999-12-31).");
            return 2;
        }

        if (format == "json")
        {
            WriteJson(timeline, zone, output);
        }
        else
        {
            WriteText(timeline, zone, path, output);
        }

        return 0;
    }

    private static void WriteText(BreachTimeline timeline, DateTimeZone zone, string path, TextWriter output)
    {
        output.WriteLine($"Breach timeline of {path}");
        output.WriteLine($"Aware at:              {DeadlineCommand.FormatLocal(timeline.AwareAt.InZone(zone))} ({DeadlineCommand.FormatUtc(timeline.AwareAt)})");
        output.WriteLine(timeline.ProcessorDeadline is { } processor
            ? $"Processor's deadline:  {DeadlineCommand.FormatLocal(processor.ExpiresAtLocal)} ({DeadlineCommand.FormatUtc(processor.ExpiresAt)}), {processor.Period:O} under '{CountingConventionNames.GetName(processor.Convention)}'"
            : "Processor's deadline:  not stated (\"without undue delay\", GDPR Art. 33(2))");
        output.WriteLine($"Controller's deadline: {DeadlineCommand.FormatLocal(timeline.ControllerDeadline.ExpiresAtLocal)} ({DeadlineCommand.FormatUtc(timeline.ControllerDeadline.ExpiresAt)}), 72 hours (GDPR Art. 33(1))");
        output.WriteLine(timeline.ControllerTimeLeft is { } left
            ? $"Left to the controller: {Hours(left)} hours"
            : "Left to the controller: not stated (depends on when the processor notifies)");
        output.WriteLine("Steps:");
        for (var i = 0; i < timeline.Steps.Length; i++)
        {
            output.WriteLine($"  {i + 1}. {timeline.Steps[i]}");
        }
    }

    private static void WriteJson(BreachTimeline timeline, DateTimeZone zone, TextWriter output) => CommandOutput.WriteJson(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("awareAt", DeadlineCommand.FormatUtc(timeline.AwareAt));
        json.WriteString("awareAtLocal", DeadlineCommand.FormatLocal(timeline.AwareAt.InZone(zone)));
        json.WriteString("zone", zone.Id);
        if (timeline.ProcessorDeadline is { } processor)
        {
            json.WritePropertyName("processorDeadline");
            DeadlineCommand.WriteDeadlineObject(json, processor);
        }
        else
        {
            json.WriteNull("processorDeadline");
        }

        json.WritePropertyName("controllerDeadline");
        DeadlineCommand.WriteDeadlineObject(json, timeline.ControllerDeadline);
        if (timeline.ControllerTimeLeft is { } left)
        {
            json.WriteNumber("controllerHoursLeft", left.TotalHours);
        }
        else
        {
            json.WriteNull("controllerHoursLeft");
        }

        CommandOutput.WriteStrings(json, "steps", timeline.Steps);
        json.WriteEndObject();
    });

    private static string Hours(Duration duration) => duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
}
