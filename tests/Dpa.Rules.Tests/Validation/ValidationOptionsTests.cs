using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Tests.Validation;

public sealed class ValidationOptionsTests
{
    private static readonly RuleId Dpa4004 = RuleId.Parse("DPA4004");

    [Fact]
    public void Default_IsEnglishFromStatusWithNothingConfigured()
    {
        var options = ValidationOptions.Default;

        Assert.Null(options.AsOf);
        Assert.Same(CultureInfo.InvariantCulture, options.Culture);
        Assert.Equal(ValidationMode.FromStatus, options.Mode);
        Assert.Empty(options.RuleSeverities);
        Assert.Empty(options.CategorySeverities);
        Assert.Empty(options.Suppressions);
        Assert.Same(RuleThresholds.Default, options.Thresholds);
    }

    [Fact]
    public void Equality_IsStructural_CollectionsIncluded()
    {
        var suppression = new Suppression { RuleId = Dpa4004, Justification = "Accepted." };
        ValidationOptions Build() => ValidationOptions.Default
            .WithSeverity(Dpa4004, RuleSeverity.Warning)
            .WithSeverity(RuleCategory.Audits, RuleSeverity.None)
            .WithSuppression(suppression) with { AsOf = new LocalDate(2026, 11, 25) };

        Assert.Equal(Build(), Build());
        Assert.Equal(Build().GetHashCode(), Build().GetHashCode());
        Assert.NotEqual(Build(), Build().WithSeverity(Dpa4004, RuleSeverity.Error));
        Assert.NotEqual(Build(), Build() with { Suppressions = [] });
        Assert.NotEqual(Build(), Build() with { Culture = CultureInfo.GetCultureInfo("nl") });
    }

    [Fact]
    public void WithMethods_ReturnNewOptionsAndLeaveTheOriginal()
    {
        var original = ValidationOptions.Default;

        var changed = original.WithSeverity(Dpa4004, RuleSeverity.None);

        Assert.Equal(RuleSeverity.None, changed.RuleSeverities[Dpa4004]);
        Assert.Empty(original.RuleSeverities);
    }

    [Fact]
    public void InvalidValues_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ValidationOptions.Default with { Culture = null! });
        Assert.Throws<ArgumentNullException>(() => ValidationOptions.Default with { Thresholds = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => ValidationOptions.Default with { Mode = (ValidationMode)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ValidationOptions.Default.WithSeverity(Dpa4004, (RuleSeverity)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValidationOptions.Default.WithSeverity((RuleCategory)12, RuleSeverity.Info));
        Assert.Throws<ArgumentException>(() => ValidationOptions.Default with { Suppressions = [null!] });
        Assert.Throws<ArgumentNullException>(() => ValidationOptions.Default.WithSuppression(null!));
    }
}
