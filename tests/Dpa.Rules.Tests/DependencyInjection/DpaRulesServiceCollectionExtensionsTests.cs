using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Time;
using Dpa.Rules.Validation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dpa.Rules.Tests.DependencyInjection;

public sealed class DpaRulesServiceCollectionExtensionsTests
{
    private static ProcessingAgreement Example(string name) =>
        AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", name));

    [Fact]
    public void Container_ValidatesAnExample()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 11, 1, 9, 0)))
            .AddDpaRules()
            .BuildServiceProvider();

        var validator = provider.GetRequiredService<AgreementValidator>();
        var report = validator.Validate(Example("002-simplicate.json"));

        Assert.Equal(new LocalDate(2025, 11, 1), report.AsOf);
        var ran = report.Rules.Select(r => r.Id).ToHashSet();
        Assert.All(RuleSet.Default.Rules.Where(r => r.Descriptor.IsEnabledByDefault), r => Assert.Contains(r.Descriptor.Id, ran));
        Assert.Same(validator, provider.GetRequiredService<AgreementValidator>());
    }

    [Fact]
    public void RegisteredClock_Wins()
    {
        var clock = new FakeClock(Instant.FromUtc(2030, 6, 15, 12, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock).AddDpaRules();
        using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(clock, provider.GetRequiredService<AgreementValidator>().Clock);
        Assert.Equal(new LocalDate(2030, 6, 15), provider.GetRequiredService<AgreementValidator>().Validate(Example("002-simplicate.json")).AsOf);
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void HostRules_FromTheContainerAndFromOptions_Run()
    {
        var fromContainer = new PathRule("DPA1901", "$.document");
        var fromOptions = new PathRule("DPA1902", "$.parties");
        using var provider = new ServiceCollection()
            .AddSingleton<IAgreementRule>(fromContainer)
            .AddDpaRules(options =>
            {
                options.Rules = RuleSet.Empty;
                options.Validation = ValidationOptions.Default with { AsOf = new LocalDate(2025, 11, 1) };
                options.AddRule(fromOptions);
            })
            .BuildServiceProvider();

        var report = provider.GetRequiredService<AgreementValidator>().Validate(Example("002-simplicate.json"));

        Assert.Equal(["DPA1901", "DPA1902"], report.Findings.Select(f => f.RuleId.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DeadlineCalculatorAndCalendar_AreRegistered()
    {
        using var provider = new ServiceCollection()
            .AddDpaRules(options => options.TimeZone = DateTimeZoneProviders.Tzdb["Europe/Brussels"])
            .BuildServiceProvider();

        var calculator = provider.GetRequiredService<DeadlineCalculator>();
        Assert.Equal("Europe/Brussels", calculator.Zone.Id);
        Assert.Same(NetherlandsHolidayCalendar.Default, provider.GetRequiredService<IHolidayCalendar>());

        // Algemene termijnenwet Art. 1 and 3: a period ending on Easter Monday 2025 (21 April) runs to Tuesday 22 April.
        var deadline = calculator.Compute(new LocalDate(2025, 4, 7), ContractualPeriod.FromDays(14), CountingConvention.NlAtw);
        Assert.Equal(new LocalDate(2025, 4, 22), deadline.LastDay);
    }

    [Fact]
    public void InvalidOptions_ThrowAtRegistration()
    {
        var services = new ServiceCollection();

        var nullSetting = Assert.Throws<ArgumentException>(() => services.AddDpaRules(options => options.Validation = null!));
        Assert.Contains("Validation must not be null", nullSetting.Message, StringComparison.Ordinal);

        var duplicate = Assert.Throws<ArgumentException>(() => services.AddDpaRules(options => options.AddRule(new PathRule("DPA1901", "$")).AddRule(new PathRule("DPA1901", "$"))));
        Assert.Contains("DPA1901", duplicate.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => DpaRulesServiceCollectionExtensions.AddDpaRules(null!));

    private sealed class PathRule(string id, string path) : IAgreementRule
    {
        public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create(id, $"Host rule {id}", "Host finding", "A host rule for the DI tests.", RuleSeverity.Warning, new Uri("https://example.com/rules"));

        public void Evaluate(ProcessingAgreement agreement, RuleContext context) => context.Report(path);
    }
}
