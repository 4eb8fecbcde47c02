using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Benchmarks;

/// <summary>One deadline per call, per counting convention, with and without its explanation; and an example's retention schedule.</summary>
/// <remarks><para>The target is ≤ 100 ns and 0 bytes allocated per deadline without an explanation. The event is Thursday
/// 17 April 2025, the day before Good Friday, so the working-day conventions have a holiday weekend to roll over.</para></remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DeadlineBenchmarks
{
    private readonly DeadlineCalculator _calculator = DeadlineCalculator.Netherlands;
    private readonly LocalDate _event = new(2025, 4, 17);
    private readonly Instant _aware = Instant.FromUtc(2025, 3, 29, 9, 20);
    private ProcessingAgreement _agreement = null!;

    [GlobalSetup]
    public void Setup() => _agreement = Examples.Load("001-smart-production");

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("deadline")]
    public Deadline ContractOneMonth() => _calculator.Compute(_event, ContractualPeriod.FromMonths(1), CountingConvention.Contract);

    [Benchmark]
    [BenchmarkCategory("deadline")]
    public Deadline ContractThirtyDays() => _calculator.Compute(_event, ContractualPeriod.FromDays(30), CountingConvention.Contract);

    [Benchmark]
    [BenchmarkCategory("deadline")]
    public Deadline Eu118271TwoDaysOverEaster() => _calculator.Compute(_event, ContractualPeriod.FromDays(2), CountingConvention.Eu118271);

    [Benchmark]
    [BenchmarkCategory("deadline")]
    public Deadline Eu118271OneMonth() => _calculator.Compute(_event, ContractualPeriod.FromMonths(1), CountingConvention.Eu118271);

    [Benchmark]
    [BenchmarkCategory("deadline")]
    public Deadline NlAtwThreeMonths() => _calculator.Compute(_event, ContractualPeriod.FromMonths(3), CountingConvention.NlAtw);

    [Benchmark]
    [BenchmarkCategory("deadline")]
    public Deadline NlAtwTwoDaysOverEaster() => _calculator.Compute(_event, ContractualPeriod.FromDays(2), CountingConvention.NlAtw);

    [Benchmark]
    [BenchmarkCategory("deadline")]
    public Deadline Eu118271SeventyTwoHours() => _calculator.Compute(_aware, ContractualPeriod.FromHours(72), CountingConvention.Eu118271);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("explained")]
    public int ContractOneMonthExplained() =>
        _calculator.Compute(_event, ContractualPeriod.FromMonths(1), CountingConvention.Contract).Explain().Length;

    [Benchmark]
    [BenchmarkCategory("explained")]
    public int Eu118271TwoDaysOverEasterExplained() =>
        _calculator.Compute(_event, ContractualPeriod.FromDays(2), CountingConvention.Eu118271).Explain().Length;

    [Benchmark]
    [BenchmarkCategory("explained")]
    public int NlAtwThreeMonthsExplained() =>
        _calculator.Compute(_event, ContractualPeriod.FromMonths(3), CountingConvention.NlAtw).Explain().Length;

    [Benchmark]
    [BenchmarkCategory("schedule")]
    public RetentionSchedule RetentionScheduleOfExample() => RetentionSchedule.Compute(_agreement, new LocalDate(2026, 6, 30));
}
