using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Validation;
using NodaTime;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Validation;

public sealed class SeverityOverrideTests
{
    [Fact]
    public void OverrideById_ChangesTheSeverity()
    {
        var report = Validator(options: Options.WithSeverity(Dpa4004, RuleSeverity.Warning)).Validate(WithoutObjectionRight);

        Assert.Equal(RuleSeverity.Warning, Assert.Single(report.Findings).Severity);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void OverrideByCategory_ChangesTheSeverity()
    {
        var report = Validator(options: Options.WithSeverity(RuleCategory.SubProcessors, RuleSeverity.Info)).Validate(WithoutObjectionRight);

        Assert.Equal(RuleSeverity.Info, Assert.Single(report.Findings).Severity);
    }

    [Fact]
    public void OverrideByCategory_LeavesOtherCategoriesAlone()
    {
        var rules = ObjectionRightOnly.With(TestRules.Reporting("DPA1901", "$.a"));

        var report = Validator(rules, Options.WithSeverity(RuleCategory.Contract, RuleSeverity.Info)).Validate(WithoutObjectionRight);

        Assert.Equal(RuleSeverity.Info, report.Findings.Single(finding => finding.RuleId.ToString() == "DPA1901").Severity);
        Assert.Equal(RuleSeverity.Error, report.Findings.Single(finding => finding.RuleId == Dpa4004).Severity);
    }

    [Fact]
    public void OverrideById_BeatsOverrideByCategory()
    {
        var options = Options
            .WithSeverity(RuleCategory.SubProcessors, RuleSeverity.None)
            .WithSeverity(Dpa4004, RuleSeverity.Warning);

        var finding = Assert.Single(Validator(options: options).Validate(WithoutObjectionRight).Findings);

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void None_ById_DisablesTheRuleWithoutRunningIt()
    {
        var counting = new CountingRule("DPA4901");
        var validator = Validator(ObjectionRightOnly.With(counting), Options.WithSeverity(Dpa4004, RuleSeverity.None).WithSeverity(counting.Descriptor.Id, RuleSeverity.None));

        var report = validator.Validate(WithoutObjectionRight);

        Assert.Empty(report.Findings);
        Assert.Equal(0, counting.Count);
        Assert.DoesNotContain(report.Rules, rule => rule.Id == Dpa4004);
    }

    [Fact]
    public void None_ByCategory_DisablesEveryRuleOfTheCategory()
    {
        var rules = ObjectionRightOnly.With(TestRules.Reporting("DPA4901", "$.a"), TestRules.Reporting("DPA1901", "$.b"));

        var report = Validator(rules, Options.WithSeverity(RuleCategory.SubProcessors, RuleSeverity.None)).Validate(WithoutObjectionRight);

        Assert.Equal("DPA1901", Assert.Single(report.Findings).RuleId.ToString());
    }

    [Fact]
    public void Override_ReplacesTheSeverityARuleChose()
    {
        // StatusEchoRule reports Info; an override makes every finding of the rule an error.
        var echo = new StatusEchoRule();

        var report = Validator(RuleSet.Create(echo), Options.WithSeverity(echo.Descriptor.Id, RuleSeverity.Error)).Validate(SpecificAuthorisation);

        Assert.Equal(RuleSeverity.Error, Assert.Single(report.Findings).Severity);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Override_EnablesARuleDisabledByDefault()
    {
        var disabled = new DisabledByDefaultRule();
        var rules = RuleSet.Create(disabled);

        Assert.Empty(Validator(rules).Validate(WithoutObjectionRight).Findings);
        var finding = Assert.Single(Validator(rules, Options.WithSeverity(disabled.Descriptor.Id, RuleSeverity.Warning)).Validate(WithoutObjectionRight).Findings);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void Rule_WithEffectiveFromAfterAsOf_DoesNotRun()
    {
        var rules = RuleSet.Create(new FutureRule());

        Assert.Empty(Validator(rules, Options with { AsOf = new LocalDate(2027, 1, 31) }).Validate(WithoutObjectionRight).Findings);
        Assert.Single(Validator(rules, Options with { AsOf = new LocalDate(2027, 2, 1) }).Validate(WithoutObjectionRight).Findings);
    }

    [Fact]
    public void EngineFindings_CanBeOverriddenToo()
    {
        var options = Options
            .WithSeverity(RuleId.Parse("DPA4040"), RuleSeverity.Info)
            .WithSeverity(RuleId.Parse("DPA0003"), RuleSeverity.Error);

        var finding = Assert.Single(Validator(options: options).Validate(SpecificAuthorisation).Findings);

        Assert.Equal(("DPA0003", RuleSeverity.Error), (finding.RuleId.ToString(), finding.Severity));
    }

    /// <summary>DPA4004's check under an id that is disabled by default (built with the internal factory, as the catalog would).</summary>
    private sealed class DisabledByDefaultRule : IAgreementRule
    {
        private readonly NoObjectionRightRule _inner = new();

        public RuleDescriptor Descriptor { get; } = RuleDescriptors.Create(
            "DPA4998", nameof(NoObjectionRightRule), RuleSeverity.Error, isEnabledByDefault: false, effectiveFrom: null, LegalReference.Gdpr("28", "2"));

        public void Evaluate(Dpa.Rules.Model.ProcessingAgreement agreement, RuleContext context) => _inner.Evaluate(agreement, context);
    }

    /// <summary>DPA4004's check as if it encoded law that takes effect on 1 February 2027.</summary>
    private sealed class FutureRule : IAgreementRule
    {
        private readonly NoObjectionRightRule _inner = new();

        public RuleDescriptor Descriptor { get; } = RuleDescriptors.Create(
            "DPA4997", nameof(NoObjectionRightRule), RuleSeverity.Error, isEnabledByDefault: true, effectiveFrom: new LocalDate(2027, 2, 1), LegalReference.Gdpr("28", "2"));

        public void Evaluate(Dpa.Rules.Model.ProcessingAgreement agreement, RuleContext context) => _inner.Evaluate(agreement, context);
    }
}
