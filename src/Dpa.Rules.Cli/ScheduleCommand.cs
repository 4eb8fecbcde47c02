using System.CommandLine;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Cli;

/// <summary>The <c>schedule</c> command: every end-of-life deadline of an agreement once its main agreement has ended (design §6).</summary>
internal static class ScheduleCommand
{
    /// <summary>Creates the command; its action writes to the context's output and error writers.</summary>
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The agreement (JSON agreement format); - reads it from standard input." };
        var endedOn = new Option<string>("--ended-on")
        {
            Description = "The date the main agreement ended (YYYY-MM-DD), in the agreement's time zone.",
            HelpName = "DATE",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (a timeline with each step explained), json, or mermaid (a Gantt chart for Markdown).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "mermaid");

        var command = new Command(
            "schedule",
            "Compute the retention schedule: return window, deletion, backup purge and retention, breach records — each deadline explained."
            + " Example: dpa-rules schedule examples/002-simplicate.json --ended-on 2025-12-31 --format mermaid")
        {
            file, endedOn, format,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(endedOn)!, parse.GetValue(format)!, context));
        return command;
    }

    private static int Run(string path, string endedOnText, string format, CommandContext context)
    {
        var (output, error) = (context.Output, context.Error);
        if (!CommandInput.TryParseDate(endedOnText, out var endedOn, out var problem))
        {
            error.WriteLine($"Invalid --ended-on '{endedOnText}': {problem}");
            return 2;
        }

        if (AgreementInput.TryLoad(path, context) is not { } agreement)
        {
            return 2;
        }

        RetentionSchedule schedule;
        try
        {
            schedule = RetentionSchedule.Compute(agreement, endedOn);
        }
        catch (ArgumentOutOfRangeException)
        {
            error.WriteLine($"The schedule from --ended-on '{endedOnText}' reaches beyond the supported dates (up to 9999-12-31).");
            return 2;
        }

        switch (format)
        {
            case "json":
                WriteJson(schedule, output);
                break;
            case "mermaid":
                WriteMermaid(schedule, output);
                break;
            default:
                WriteText(schedule, path, output);
                break;
        }

        return 0;
    }

    private static void WriteText(RetentionSchedule schedule, string path, TextWriter output)
    {
        output.WriteLine($"Retention schedule of {path}");
        output.WriteLine($"Main agreement ended: {schedule.EndedOn.DayOfWeek} {Date(schedule.EndedOn)}");
        output.WriteLine($"Counted under '{CountingConventionNames.GetName(schedule.Convention)}' in {schedule.Zone.Id}.");
        if (schedule.Deadlines.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("The agreement states no end-of-life period that runs from the end date.");
        }

        foreach (var item in schedule.Deadlines)
        {
            var deadline = item.Deadline;
            output.WriteLine();
            output.WriteLine($"{item.Name}: last day {deadline.LastDay.DayOfWeek} {Date(deadline.LastDay)}; expires at {DeadlineCommand.FormatLocal(deadline.ExpiresAtLocal)} ({DeadlineCommand.FormatUtc(deadline.ExpiresAt)})");
            output.WriteLine($"  {item.Description}");
            output.WriteLine($"  Clause: {item.Path}");
            for (var i = 0; i < item.Steps.Length; i++)
            {
                output.WriteLine($"  {i + 1}. {item.Steps[i]}");
            }
        }

        if (!schedule.Unscheduled.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Not dated from the end date:");
            foreach (var note in schedule.Unscheduled)
            {
                output.WriteLine($"  - {note}");
            }
        }
    }

    private static void WriteJson(RetentionSchedule schedule, TextWriter output) => CommandOutput.WriteJson(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("endedOn", Date(schedule.EndedOn));
        json.WriteString("convention", CountingConventionNames.GetName(schedule.Convention));
        json.WriteString("zone", schedule.Zone.Id);
        json.WriteStartArray("deadlines");
        foreach (var item in schedule.Deadlines)
        {
            json.WriteStartObject();
            json.WriteString("name", item.Name);
            json.WriteString("lastDay", Date(item.Deadline.LastDay));
            json.WriteString("expiresAt", DeadlineCommand.FormatUtc(item.Deadline.ExpiresAt));
            json.WriteString("expiresAtLocal", DeadlineCommand.FormatLocal(item.Deadline.ExpiresAtLocal));
            json.WriteString("period", item.Deadline.Period.ToString());
            json.WriteString("path", item.Path);
            json.WriteString("description", item.Description);
            CommandOutput.WriteStrings(json, "steps", item.Steps);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        CommandOutput.WriteStrings(json, "unscheduled", schedule.Unscheduled);
        json.WriteEndObject();
    });

    /// <summary>Writes a Mermaid Gantt chart: one bar per deadline over the days counted (the day after the end date through the
    /// last day, hence <c>inclusiveEndDates</c>), in a section per kind of deadline.</summary>
    private static void WriteMermaid(RetentionSchedule schedule, TextWriter output)
    {
        output.WriteLine("gantt");
        output.WriteLine($"    title Retention schedule after the main agreement ended on {Date(schedule.EndedOn)}");
        output.WriteLine("    dateFormat YYYY-MM-DD");
        output.WriteLine("    axisFormat %Y-%m-%d");
        output.WriteLine("    inclusiveEndDates");
        output.WriteLine("    section Agreement");
        output.WriteLine($"    Main agreement ended :milestone, {Date(schedule.EndedOn)}, 0d");
        string? section = null;
        foreach (var item in schedule.Deadlines)
        {
            var kind = SectionOf(item.Name);
            if (kind != section)
            {
                section = kind;
                output.WriteLine($"    section {kind}");
            }

            var start = schedule.EndedOn.PlusDays(1);
            var last = item.Deadline.LastDay;
            output.WriteLine(last < start
                ? $"    {item.Name} (last day {Date(last)}) :milestone, {Date(last)}, 0d"
                : $"    {item.Name} (last day {Date(last)}) :{Date(start)}, {Date(last)}");
        }
    }

    private static string SectionOf(string name) => name switch
    {
        "return-window" => "Return",
        "deletion" => "Deletion",
        "breach-record-retention" => "Breach records",
        _ when name.StartsWith("backup-", StringComparison.Ordinal) => "Backups",
        _ => "Other",
    };

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
