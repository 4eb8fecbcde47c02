using BenchmarkDotNet.Attributes;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Benchmarks;

/// <summary>Loading an example agreement from UTF-8 JSON in memory: the target is ≤ 20 µs.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _utf8 = [];

    [ParamsSource(nameof(ExampleNames))]
    public string Example { get; set; } = "";

    public static IEnumerable<string> ExampleNames => Examples.Names;

    [GlobalSetup]
    public void Setup() => _utf8 = Examples.Bytes(Example);

    /// <summary>The public API: the one-pass reader, which gives up on nothing in a valid example.</summary>
    [Benchmark(Baseline = true)]
    public ProcessingAgreement Load() => AgreementJson.Load(_utf8);

    /// <summary>The source-generated two-pass reader that reports errors, alone: what <c>Load</c> cost before the one-pass reader.</summary>
    [Benchmark]
    public ProcessingAgreement DiagnosingReader() => AgreementJsonReader.ReadDiagnosing(_utf8, fileName: null);
}
