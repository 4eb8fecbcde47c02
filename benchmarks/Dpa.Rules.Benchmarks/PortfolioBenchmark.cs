using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dpa.Rules.Benchmarks;

/// <summary>A company's portfolio of agreements: N generated agreement files validated by the published tool in one call,
/// side by side with a baseline that only reads and parses the same files (<see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// on every core), each a process of its own; agreements per second and peak resident memory of each.</summary>
/// <remarks>
/// <para>Usage: <c>--portfolio &lt;path to dpa-rules&gt; [N ...] [--format json|sarif|text|msbuild] [--runs R]</c> (default N: 1,000,
/// 10,000 and 100,000; format json; 3 runs, the median reported). The files are the five examples of <c>examples/</c> in turn,
/// each copy with its own processor name, in a temporary directory that is deleted afterwards. The tool is given them in
/// a response file (<c>@list</c>) and writes its report to a file in the same directory. Wall time and peak RSS come from
/// <c>/usr/bin/time</c> (Debian's package <c>time</c>), so they are the whole process's, start-up included.</para>
/// <para><c>--parse-baseline @list</c> is the baseline's own process: read and parse every file listed, on every core.</para>
/// </remarks>
internal static class PortfolioBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: --portfolio <path to dpa-rules> [N ...] [--format json|sarif|text|msbuild] [--runs R]");
            return 2;
        }

        var tool = Path.GetFullPath(args[1]);
        var counts = new List<int>();
        var format = "json";
        var runs = 3;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    format = args[++i];
                    break;
                case "--runs":
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    counts.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
                    break;
            }
        }

        if (counts.Count == 0)
        {
            counts = [1_000, 10_000, 100_000];
        }

        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var selfArgs = self.EndsWith("dotnet", StringComparison.Ordinal) ? [typeof(PortfolioBenchmark).Assembly.Location] : Array.Empty<string>();
        Console.WriteLine($"{Environment.ProcessorCount} processors; format {format}; median of {runs} runs; wall time and peak RSS of the whole process (/usr/bin/time)");
        Console.WriteLine("| N | dpa-rules validate: agreements/s | peak RSS | baseline (read + JsonDocument.Parse): agreements/s | peak RSS | ratio |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var n in counts)
        {
            var directory = Path.Combine(Path.GetTempPath(), "dpa-portfolio-" + n.ToString(CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            try
            {
                var list = Generate(directory, n);
                var report = Path.Combine(directory, "report." + format);
                var tools = new List<Measurement>();
                var baselines = new List<Measurement>();
                for (var run = 0; run < runs; run++)
                {
                    // Alternated, so that a drift of the machine's speed hits both alike.
                    tools.Add(Measure(tool, ["validate", "@" + list, "--as-of", "2025-11-01", "--format", format, "--output", report]));
                    baselines.Add(Measure(self, [.. selfArgs, "--parse-baseline", "@" + list]));
                }

                var t = Median(tools);
                var b = Median(baselines);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {n:N0} | {n / t.Seconds:N0} ({t.Seconds:F2} s) | {t.PeakKilobytes / 1024.0:F0} MB | {n / b.Seconds:N0} ({b.Seconds:F2} s) | {b.PeakKilobytes / 1024.0:F0} MB | {b.Seconds / t.Seconds:P0} |"));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        return 0;
    }

    /// <summary>The baseline's process: read and parse every file of the list on every core; prints how many.</summary>
    public static int ParseBaseline(string[] args)
    {
        var files = File.ReadAllLines(args[1].TrimStart('@'));
        var parsed = 0L;
        Parallel.ForEach(files, file =>
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                Interlocked.Increment(ref parsed);
            }
        });
        Console.WriteLine(parsed);
        return parsed == files.Length ? 0 : 1;
    }

    private static string Generate(string directory, int n)
    {
        Directory.CreateDirectory(directory);
        var examples = Examples.Names.Select(name => File.ReadAllText(Examples.PathOf(name))).ToArray();
        var list = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            var example = examples[i % examples.Length];
            // Each agreement its own: the processor's (first) name gets the copy's number.
            var at = example.IndexOf("\"name\": \"", StringComparison.Ordinal) + "\"name\": \"".Length;
            var text = string.Concat(example.AsSpan(0, at), i.ToString(CultureInfo.InvariantCulture), " ", example.AsSpan(at));
            var file = Path.Combine(directory, i.ToString("D6", CultureInfo.InvariantCulture) + "-" + Examples.Names[i % examples.Length] + ".json");
            File.WriteAllText(file, text);
            list.Append(file).Append('\n');
        }

        var path = Path.Combine(directory, "files.txt");
        File.WriteAllText(path, list.ToString());
        return path;
    }

    private static Measurement Measure(string program, string[] arguments)
    {
        var measurements = Path.GetTempFileName();
        try
        {
            var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["-f", "%e %M", "-o", measurements, program, .. arguments])
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start /usr/bin/time.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            _ = output.Result;
            if (process.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {error}");
            }

            var fields = File.ReadAllText(measurements).Trim().Split('\n')[^1].Split(' ');
            return new Measurement(double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(measurements);
        }
    }

    private static Measurement Median(List<Measurement> measurements) =>
        new(measurements.Select(m => m.Seconds).Order().ElementAt(measurements.Count / 2), measurements.Select(m => m.PeakKilobytes).Order().ElementAt(measurements.Count / 2));

    private readonly record struct Measurement(double Seconds, long PeakKilobytes);
}
