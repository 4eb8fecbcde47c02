using BenchmarkDotNet.Attributes;
using Dpa.Rules.Benchmarks.Comparison;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Benchmarks;

/// <summary>Writing the report of the whole catalog on one example, as JSON and as SARIF, to a null stream (the writers build the document in memory first).</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private const string Example = "004-lets-develop";
    private ValidationRun _run = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = Examples.Bytes(Example);
        var agreement = Dpa.Rules.Serialization.AgreementJson.Load(bytes);
        var report = AgreementValidator.Default.WithOptions(ComparisonInputs.Options).Validate(agreement);
        var result = AgreementResult.Validated($"examples/{Example}.json", agreement, report, AgreementLineIndex.Create(bytes));
        _run = new ValidationRun([result], RuleSet.Default.Rules.Select(rule => rule.Descriptor), report.AsOf);
    }

    [Benchmark(Baseline = true)]
    public void Json() => ReportWriter.Write(_run, ReportFormat.Json, Stream.Null, ReportWriterOptions.Default);

    [Benchmark]
    public void Sarif() => ReportWriter.Write(_run, ReportFormat.Sarif, Stream.Null, ReportWriterOptions.Default);
}
