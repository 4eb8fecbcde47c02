using System.CommandLine;
using System.Reflection;

namespace Dpa.Rules.Cli;

/// <summary>The root of the dpa-rules command line.</summary>
internal static class DpaRulesCommand
{
    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Validate GDPR Art. 28 data processing agreements and compute their deadlines.");
        root.SetAction(_ =>
        {
            var version = typeof(DpaRulesCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            output.WriteLine($"dpa-rules {version}");
            return 0;
        });
        root.Subcommands.Add(DeadlineCommand.Create(output, error));
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
