using BenchmarkDotNet.Running;
using Dpa.Rules.Benchmarks;
using Dpa.Rules.Benchmarks.Comparison;

if (args is ["--cli-startup", ..])
{
    return CliStartup.Run(args);
}

if (args is ["--portfolio", ..])
{
    return PortfolioBenchmark.Run(args);
}

if (args is ["--portfolio-stages", _, ..])
{
    return PortfolioStages.Run(args);
}

if (args is ["--parse-baseline", _])
{
    return PortfolioBenchmark.ParseBaseline(args);
}

// The three implementations of the comparison must agree before any number is worth reporting: check every input first,
// so that a disagreement fails the run (and CI's dry smoke) with a non-zero exit code.
try
{
    foreach (var (name, count) in ComparisonInputs.CheckAll())
    {
        Console.WriteLine($"three-way guard: {name}: all three implementations report the same {count} finding(s)");
    }
}
catch (InvalidOperationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 3;
}

if (args is ["--guard-only"])
{
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
return failed ? 1 : 0;
