using BenchmarkDotNet.Attributes;
using Dpa.Rules.Benchmarks.Comparison;
using Dpa.Rules.Model;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Benchmarks;

/// <summary>The whole catalog on each example agreement: what a host pays per document.</summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private readonly AgreementValidator _catalog = AgreementValidator.Default.WithOptions(ComparisonInputs.Options);
    private ProcessingAgreement _agreement = null!;

    [ParamsSource(nameof(ExampleNames))]
    public string Example { get; set; } = "";

    public static IEnumerable<string> ExampleNames => Examples.Names;

    [GlobalSetup]
    public void Setup() => _agreement = Examples.Load(Example);

    [Benchmark]
    public ValidationReport WholeCatalog() => _catalog.Validate(_agreement);
}
