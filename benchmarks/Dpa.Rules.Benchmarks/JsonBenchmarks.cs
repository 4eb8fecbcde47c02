using BenchmarkDotNet.Attributes;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Benchmarks;

/// <summary>Loading an example agreement from UTF-8 JSON in memory: the target is ≤ 30 µs.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _utf8 = [];
    private byte[] _malformed = [];

    [ParamsSource(nameof(ExampleNames))]
    public string Example { get; set; } = "";

    public static IEnumerable<string> ExampleNames => Examples.Names;

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Examples.Bytes(Example);

        // An unknown member as the last of the root object: the serializer fails late and the walker walks everything.
        var end = Array.LastIndexOf(_utf8, (byte)'}');
        _malformed = [.. _utf8[..end], .. ",\"zzUnknown\": true\n"u8, .. _utf8[end..]];
    }

    /// <summary>The public API: the serializer with the source-generated metadata reads a valid example in one pass.</summary>
    [Benchmark(Baseline = true)]
    public ProcessingAgreement Load() => AgreementJson.Load(_utf8);

    /// <summary>The error path: the serializer rejects the example with one unknown member near its end, and the walker then
    /// reads the whole document again to say where.</summary>
    [Benchmark]
    public string LoadMalformed()
    {
        try
        {
            AgreementJson.Load(_malformed);
            return string.Empty;
        }
        catch (AgreementFormatException ex)
        {
            return ex.Path;
        }
    }
}
