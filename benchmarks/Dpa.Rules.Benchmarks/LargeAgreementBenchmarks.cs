using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Benchmarks;

/// <summary>What <c>dpa-rules validate --format json</c> does with one big valid agreement — load, line index, validate with the
/// whole catalog, write the JSON report — for 1,000 to 100,000 sub-processors outside the EEA without a transfer basis (two
/// findings each), so that time and allocation per MB of input can be read off the rows (docs/performance.md "Large agreements").</summary>
/// <remarks><para>The input size of each row is printed by the setup ("input: N bytes"). The target is at most 1 s and 200 MB
/// allocated per MB of input; a superlinear step shows as a per-MB figure that grows with the row.</para></remarks>
[MemoryDiagnoser]
public class LargeAgreementBenchmarks
{
    private byte[] _bytes = [];

    /// <summary>Gets or sets the number of sub-processors.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int SubProcessors { get; set; }

    /// <summary>Builds the agreement: example 002 with its list of sub-processors replaced.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bytes = Build(SubProcessors);
        Console.WriteLine($"input: {_bytes.Length} bytes for {SubProcessors} sub-processors");
    }

    /// <summary>Load, index, validate and write the JSON report, as the tool does.</summary>
    [Benchmark]
    public long ValidateAndReport()
    {
        var agreement = AgreementJson.Load(_bytes);
        var lines = AgreementLineIndex.Create(_bytes);
        var report = AgreementValidator.Default.Validate(agreement, ValidationOptions.Default with { AsOf = new NodaTime.LocalDate(2025, 11, 1) });
        var run = new ValidationRun([AgreementResult.Validated("big.json", agreement, report, lines)], report.Rules, report.AsOf);
        using var output = new MemoryStream();
        ReportWriter.Write(run, ReportFormat.Json, output, ReportWriterOptions.Default);
        return output.Length;
    }

    /// <summary>Example 002 with <paramref name="count"/> sub-processors in the United States and no transfer basis, as compact JSON.</summary>
    internal static byte[] Build(int count)
    {
        var agreement = JsonNode.Parse(Examples.Bytes("002-simplicate"))!;
        var list = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            list.Add(new JsonObject { ["name"] = $"Sub-processor {i}", ["service"] = "hosting", ["locations"] = new JsonArray("US") });
        }

        agreement["subProcessing"]!["subProcessors"] = list;
        return Encoding.UTF8.GetBytes(agreement.ToJsonString());
    }
}
