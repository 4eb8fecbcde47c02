using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Benchmarks.Comparison;

/// <summary>The agreements the three implementations are compared on, and the validators under comparison.</summary>
internal static class ComparisonInputs
{
    // A fixed date: the validator never reads the clock in a benchmark.
    public static readonly ValidationOptions Options = ValidationOptions.Default with { AsOf = new LocalDate(2026, 11, 25) };

    public static AgreementValidator CreateLibraryValidator() => AgreementValidator.Default.WithOptions(Options).WithRules(SubsetRules.RuleSet);

    public static IEnumerable<(string Name, int Findings)> CheckAll()
    {
        var library = CreateLibraryValidator();
        var fluent = new FluentAgreementValidator();
        foreach (var name in Examples.Names)
        {
            yield return (name, ThreeWayGuard.Check(name, Examples.Load(name), library, fluent));
        }
    }
}
