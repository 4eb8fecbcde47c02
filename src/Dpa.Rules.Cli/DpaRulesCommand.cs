using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Dpa.Rules.Cli;

/// <summary>The root of the dpa-rules command line.</summary>
internal static class DpaRulesCommand
{
    /// <summary>Gets the tool's version without the source revision, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } =
        (typeof(DpaRulesCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Validate GDPR Art. 28 data processing agreements and compute their deadlines.");

        // No subcommand: show what there is, as --help does.
        root.SetAction(parse => ((SynchronousCommandLineAction)root.Options.OfType<HelpOption>().Single().Action!).Invoke(parse));
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(ScheduleCommand.Create(output, error));
        root.Subcommands.Add(BreachCommand.Create(output, error));
        root.Subcommands.Add(DeadlineCommand.Create(output, error));
        root.Subcommands.Add(RulesCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine(e.Message);
            }

            return 2;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
