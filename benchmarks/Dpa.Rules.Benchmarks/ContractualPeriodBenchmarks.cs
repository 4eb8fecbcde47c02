using BenchmarkDotNet.Attributes;
using Dpa.Rules.Model;

namespace Dpa.Rules.Benchmarks;

/// <summary>Parsing cost of the ISO-8601 periods that every agreement document carries.</summary>
[MemoryDiagnoser]
public class ContractualPeriodBenchmarks
{
    [Benchmark]
    public ContractualPeriod ParseMonths() => ContractualPeriod.Parse("P1M");
}
