using BenchmarkDotNet.Attributes;
using Dpa.Rules.Model;
using Dpa.Rules.Rules;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Benchmarks;

/// <summary>Cost of one validation: a clean agreement should allocate only its report; findings allocate themselves and their messages.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    // A fixed date: the validator never reads the clock.
    private static readonly ValidationOptions Options = ValidationOptions.Default with { AsOf = new LocalDate(2026, 11, 25) };

    private readonly AgreementValidator _catalog = AgreementValidator.Default.WithOptions(Options);

    private readonly AgreementValidator _objectionRightOnly = AgreementValidator.Default
        .WithOptions(Options)
        .WithRules(RuleSet.Default.Only(RuleId.Parse("DPA4004")));

    private readonly ProcessingAgreement _minimal = new()
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed },
        Parties = new Parties { Processor = new Party { Name = "Verwerker B.V." } },
    };

    private readonly ProcessingAgreement _specificAuthorisation = new()
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed },
        Parties = new Parties { Processor = new Party { Name = "Verwerker B.V." } },
        SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific },
    };

    [Benchmark(Baseline = true)]
    public ValidationReport CleanAgreementOneRule() => _objectionRightOnly.Validate(_specificAuthorisation);

    [Benchmark]
    public ValidationReport MinimalAgreementWholeCatalog() => _catalog.Validate(_minimal);
}
