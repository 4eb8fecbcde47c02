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

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers and reading <c>-</c> from the console's
    /// standard input; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, new CommandContext(output, error, Console.OpenStandardInput));

    /// <summary>Parses and runs <paramref name="args"/> in <paramref name="context"/>; returns the exit code.</summary>
    public static int Run(string[] args, CommandContext context)
    {
        var (output, error) = (context.Output, context.Error);
        var root = new RootCommand("Validate GDPR Art. 28 data processing agreements and compute their deadlines.");

        // No subcommand: show what there is, as --help does.
        root.SetAction(parse => ((SynchronousCommandLineAction)root.Options.OfType<HelpOption>().Single().Action!).Invoke(parse));
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ScheduleCommand.Create(context));
        root.Subcommands.Add(BreachCommand.Create(context));
        root.Subcommands.Add(DeadlineCommand.Create(output, error));
        root.Subcommands.Add(RulesCommand.Create(output, error));
        root.Subcommands.Add(ExplainCommand.Create(output, error));
        root.Subcommands.Add(InitCommand.Create(context));
        var parse = root.Parse(args);
        var unknown = UsageErrors.UnknownOptions(parse);
        if (unknown.Count > 0 || parse.Errors.Count > 0)
        {
            foreach (var message in UsageErrors.Messages(parse, unknown))
            {
                error.WriteLine(message);
            }

            return 2;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
