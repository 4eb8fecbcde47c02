using System.Diagnostics;
using System.Globalization;

namespace Dpa.Rules.Benchmarks;

/// <summary>Start-to-exit time of the published <c>dpa-rules</c> tool validating one example, measured over repeated runs.</summary>
/// <remarks><para>A process start is not something BenchmarkDotNet measures well; this harness starts the tool
/// <c>runs</c> times (after two warm-up runs that fill the OS file cache) and prints the minimum, median and maximum
/// wall-clock time. Usage: <c>--cli-startup &lt;path to dpa-rules&gt; [runs] [-- tool arguments]</c>; without tool
/// arguments it validates <c>examples/002-simplicate.json</c>.</para></remarks>
internal static class CliStartup
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: --cli-startup <path to dpa-rules> [runs] [-- tool arguments]");
            return 2;
        }

        var tool = args[1];
        var runs = args.Length > 2 && args[2] != "--" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var separator = Array.IndexOf(args, "--");
        string[] toolArgs = separator >= 0 ? args[(separator + 1)..] : ["validate", Examples.PathOf("002-simplicate")];

        int? exitCode = null;
        var times = new List<double>(runs);
        for (var i = 0; i < runs + 2; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in toolArgs)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {tool}.");
            _ = process.StandardOutput.ReadToEnd();
            _ = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            exitCode = process.ExitCode;
            if (i >= 2)
            {
                times.Add(elapsed);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{tool} {string.Join(' ', toolArgs)}: {runs} runs, exit code {exitCode}, min {times[0]:F1} ms, median {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms"));
        return 0;
    }
}
