using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Time;
using Dpa.Rules.Validation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Dpa.Rules.Tests;

/// <summary>The README's usage section, compiled and run; keep the two in sync.</summary>
public sealed class ReadmeUsageTests
{
    [Fact]
    public void UsageSection_Works()
    {
        ProcessingAgreement agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples/002-simplicate.json"));

        ValidationReport report = AgreementValidator.Default.Validate(agreement, ValidationOptions.Default with { AsOf = new LocalDate(2025, 11, 1) });
        bool ok = report.IsValid;

        // Algemene termijnenwet Art. 4 excludes no one-month period; 28 February 2025 is a Friday, so nothing rolls.
        Deadline deadline = DeadlineCalculator.Netherlands.Compute(new LocalDate(2025, 1, 31), ContractualPeriod.Parse("P1M"), CountingConvention.NlAtw);
        LocalDate lastDay = deadline.LastDay;
        var steps = deadline.Explain();

        RetentionSchedule schedule = RetentionSchedule.Compute(agreement, endedOn: new LocalDate(2025, 12, 31));

        Assert.Equal(report.ErrorCount == 0, ok);
        Assert.Equal(new LocalDate(2025, 2, 28), lastDay);
        Assert.NotEmpty(steps);
        Assert.Contains(schedule.Deadlines, d => d.Name == "deletion");

        var readme = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "README.md"));
        Assert.Contains("DeadlineCalculator.Netherlands.Compute(new LocalDate(2025, 1, 31), ContractualPeriod.Parse(\"P1M\"), CountingConvention.NlAtw);", readme, StringComparison.Ordinal);
        Assert.Contains("RetentionSchedule.Compute(agreement, endedOn: new LocalDate(2025, 12, 31));", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Dpa.Rules.Cli -- validate examples/002-simplicate.json", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void DependencyInjectionLine_Works()
    {
        var services = new ServiceCollection();
        services.AddDpaRules(options => options.Validation = ValidationConfigurationJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples/config/dpa-rules.config.json")));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(new LocalDate(2025, 11, 1), provider.GetRequiredService<AgreementValidator>().Options.AsOf);
    }
}
