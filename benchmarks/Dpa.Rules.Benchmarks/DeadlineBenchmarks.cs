using BenchmarkDotNet.Attributes;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Benchmarks;

/// <summary>One deadline per call: the target is ≤ 100 ns and 0 bytes allocated without an explanation.</summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private readonly DeadlineCalculator _calculator = DeadlineCalculator.Netherlands;
    private readonly LocalDate _event = new(2025, 4, 17);
    private readonly Instant _aware = Instant.FromUtc(2025, 3, 29, 9, 20);

    [Benchmark(Baseline = true)]
    public Deadline ContractOneMonth() => _calculator.Compute(_event, ContractualPeriod.FromMonths(1), CountingConvention.Contract);

    [Benchmark]
    public Deadline Eu118271TwoDaysOverEaster() => _calculator.Compute(_event, ContractualPeriod.FromDays(2), CountingConvention.Eu118271);

    [Benchmark]
    public Deadline NlAtwThreeMonths() => _calculator.Compute(_event, ContractualPeriod.FromMonths(3), CountingConvention.NlAtw);

    [Benchmark]
    public Deadline Eu118271SeventyTwoHours() => _calculator.Compute(_aware, ContractualPeriod.FromHours(72), CountingConvention.Eu118271);

    [Benchmark]
    public int ExplainTwoDaysOverEaster() => _calculator.Compute(_event, ContractualPeriod.FromDays(2), CountingConvention.Eu118271).Explain().Length;
}
