using System.Diagnostics;
using System.Globalization;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Benchmarks;

/// <summary>Where a portfolio's time goes, per file on one thread: read, load, validate, line index, the report's part
/// (prepare) and its writing, each timed by a Stopwatch over every file of a list, the second of two rounds.</summary>
/// <remarks>Usage: <c>--portfolio-stages @list [text|json|sarif|msbuild|html]</c> (default msbuild); the list is one file path a
/// line, as <see cref="PortfolioBenchmark"/> writes it.</remarks>
internal static class PortfolioStages
{
    private static readonly string[] Names = ["read", "load", "validate", "line index", "prepare", "write"];

    public static int Run(string[] args)
    {
        var files = File.ReadAllLines(args[1].TrimStart('@'));
        var format = args.Length > 2 ? Enum.Parse<ReportFormat>(args[2], ignoreCase: true) : ReportFormat.Msbuild;
        var asOf = new LocalDate(2025, 11, 1);
        var options = ValidationOptions.Default with { AsOf = asOf };
        var validator = AgreementValidator.Default;
        var rules = validator.Validate(AgreementJson.Load(File.ReadAllBytes(files[0])), options).Rules;
        var writer = new StreamingReportWriter(Stream.Null, format, rules, asOf, null);
        var watches = Names.Select(_ => new Stopwatch()).ToArray();
        var findings = 0L;
        for (var round = 0; round < 2; round++)
        {
            // The first round compiles and warms; the second is the one reported.
            Array.ForEach(watches, watch => watch.Reset());
            findings = 0;
            foreach (var file in files)
            {
                watches[0].Start();
                var bytes = File.ReadAllBytes(file);
                watches[0].Stop();
                watches[1].Start();
                var agreement = AgreementJson.Load(bytes);
                watches[1].Stop();
                watches[2].Start();
                var report = validator.Validate(agreement, options);
                watches[2].Stop();
                watches[3].Start();
                var result = AgreementResult.Validated(file, agreement, report, AgreementLineIndex.Create(bytes));
                watches[3].Stop();
                watches[4].Start();
                var part = writer.Prepare(result);
                watches[4].Stop();
                watches[5].Start();
                writer.Write(part);
                watches[5].Stop();
                findings += report.Findings.Length;
            }
        }

        for (var i = 0; i < Names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Names[i],-11} {watches[i].Elapsed.TotalMicroseconds / files.Length,8:F1} µs/file"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} files, {findings / (double)files.Length:F1} findings a file, format {format}"));
        return 0;
    }
}
