using BenchmarkDotNet.Attributes;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Benchmarks;

/// <summary>Loading an example agreement from UTF-8 JSON in memory (source-generated reader): the target is ≤ 20 µs.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _utf8 = [];

    [ParamsSource(nameof(ExampleNames))]
    public string Example { get; set; } = "";

    public static IEnumerable<string> ExampleNames => Examples.Names;

    [GlobalSetup]
    public void Setup() => _utf8 = Examples.Bytes(Example);

    [Benchmark]
    public ProcessingAgreement Load() => AgreementJson.Load(_utf8);
}
