using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;
using Dpa.Rules.Validation;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Validation;

public sealed class RuleSetTests
{
    private static List<string> Ids(RuleSet set) => [.. set.Rules.Select(rule => rule.Descriptor.Id.ToString())];

    [Fact]
    public void Default_IsTheCatalogInIdOrder()
    {
        Assert.Equal(RuleCatalog.All, RuleSet.Default.Rules);
        Assert.True(RuleSet.Default.Contains(Dpa4004));
        Assert.IsType<NoObjectionRightRule>(RuleSet.Default.Find(Dpa4004));
    }

    [Fact]
    public void With_AddsRulesAfterTheExistingOnes_AndLeavesTheOriginalUnchanged()
    {
        var original = ObjectionRightOnly;

        var extended = original.With(TestRules.Reporting("DPA1901"), TestRules.Reporting("DPA9901"));

        Assert.Equal(["DPA4004", "DPA1901", "DPA9901"], Ids(extended));
        Assert.Equal(["DPA4004"], Ids(original));
    }

    [Fact]
    public void With_AHostRule_ReportsItsFindings()
    {
        var validator = Validator(ObjectionRightOnly.With(TestRules.Reporting("DPA1901", "$.parties.processor.name")));

        var report = validator.Validate(WithoutObjectionRight);

        Assert.Equal(["DPA1901", "DPA4004"], report.Findings.Select(finding => finding.RuleId.ToString()));
        Assert.Equal("Test finding at '$.parties.processor.name'", report.Findings[0].Message);
    }

    [Fact]
    public void With_ADuplicateId_ThrowsNamingTheId()
    {
        var exception = Assert.Throws<ArgumentException>("rules", () => ObjectionRightOnly.With(new NoObjectionRightRule()));

        Assert.Contains("'DPA4004' appears twice", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RuleSet.Create(TestRules.Reporting("DPA1901"), TestRules.Reporting("DPA1901")));
        Assert.Throws<ArgumentException>(() => RuleSet.Combine(ObjectionRightOnly, RuleSet.Default));
    }

    [Fact]
    public void With_NullRule_Throws()
    {
        Assert.Throws<ArgumentException>("rules", () => ObjectionRightOnly.With([null!]));
        Assert.Throws<ArgumentNullException>(() => ObjectionRightOnly.With((RuleSet)null!));
    }

    [Fact]
    public void Combine_JoinsSetsInOrder()
    {
        var combined = RuleSet.Combine(RuleSet.Create(TestRules.Reporting("DPA9901")), ObjectionRightOnly, RuleSet.Empty);

        Assert.Equal(["DPA9901", "DPA4004"], Ids(combined));
        Assert.Equal(Ids(combined), Ids(RuleSet.Create(TestRules.Reporting("DPA9901")).With(ObjectionRightOnly)));
    }

    [Fact]
    public void Without_RemovesByIdAndIgnoresAbsentIds()
    {
        var set = ObjectionRightOnly.With(TestRules.Reporting("DPA1901"));

        Assert.Equal(["DPA1901"], Ids(set.Without(Dpa4004, RuleId.Parse("DPA7777"))));
        Assert.Same(set, set.Without(RuleId.Parse("DPA7777")));
        Assert.Empty(Validator(RuleSet.Default.Without(Dpa4004)).Validate(WithoutObjectionRight).Findings.Where(finding => finding.RuleId == Dpa4004));
    }

    [Fact]
    public void Without_RemovesACategory()
    {
        var set = ObjectionRightOnly.With(TestRules.Reporting("DPA1901"), TestRules.Reporting("DPA4901"));

        Assert.Equal(["DPA1901"], Ids(set.Without(RuleCategory.SubProcessors)));
        Assert.DoesNotContain(RuleSet.Default.Without(RuleCategory.SubProcessors).Rules, rule => rule.Descriptor.Category == RuleCategory.SubProcessors);
    }

    [Fact]
    public void Only_KeepsIdsOrACategoryInTheSetsOrder()
    {
        var set = ObjectionRightOnly.With(TestRules.Reporting("DPA1901"), TestRules.Reporting("DPA4901"));

        Assert.Equal(["DPA4004", "DPA4901"], Ids(set.Only(RuleId.Parse("DPA4901"), Dpa4004)));
        Assert.Equal(["DPA4004", "DPA4901"], Ids(set.Only(RuleCategory.SubProcessors)));
    }

    [Fact]
    public void Only_AnIdNotInTheSet_Throws()
    {
        var exception = Assert.Throws<ArgumentException>("ids", () => ObjectionRightOnly.Only(RuleId.Parse("DPA7777")));

        Assert.Contains("DPA7777", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EngineIds_AreReservedForTheEngine()
    {
        var exception = Assert.Throws<ArgumentException>(() => RuleSet.Create(new EngineIdRule()));

        Assert.Contains("reserved for the engine", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_RunsTheRuleOnlyIfTheConditionHolds()
    {
        var onlyExecuted = NoObjectionRightRuleWhen(agreement => agreement.Document.Status == AgreementStatus.Executed);

        Assert.Single(Validator(RuleSet.Create(onlyExecuted)).Validate(WithoutObjectionRight).Findings);
        var template = WithoutObjectionRight with { Document = new AgreementDocument { Status = AgreementStatus.Template } };
        Assert.Empty(Validator(RuleSet.Create(onlyExecuted)).Validate(template).Findings);
        Assert.Same(NoObjectionRightRule.Rule, onlyExecuted.Descriptor);
    }

    [Fact]
    public void When_OnASet_AppliesToEveryRule()
    {
        var set = ObjectionRightOnly.With(TestRules.Reporting("DPA1901", "$.a")).When(_ => false);

        Assert.Equal(["DPA4004", "DPA1901"], Ids(set));
        Assert.Empty(Validator(set).Validate(WithoutObjectionRight).Findings);
    }

    [Fact]
    public void When_Nested_RequiresBothConditions()
    {
        var rule = TestRules.Reporting("DPA1901", "$.a").When(_ => true).When(_ => false);

        Assert.Empty(Validator(RuleSet.Create(rule)).Validate(SpecificAuthorisation).Findings);
    }

    [Fact]
    public void Validator_WithRules_KeepsOptionsAndClock()
    {
        var validator = Validator(options: Options.WithSeverity(Dpa4004, RuleSeverity.Info));

        var derived = validator.WithRules(ObjectionRightOnly.With(TestRules.Reporting("DPA1901", "$.a")));

        Assert.Same(validator.Options, derived.Options);
        Assert.Same(validator.Clock, derived.Clock);
        Assert.Equal(RuleSeverity.Info, derived.Validate(WithoutObjectionRight).Findings.Single(finding => finding.RuleId == Dpa4004).Severity);
        Assert.Same(validator.Rules, validator.WithOptions(Options).Rules);
    }

    private static IAgreementRule NoObjectionRightRuleWhen(Func<ProcessingAgreement, bool> predicate) => new NoObjectionRightRule().When(predicate);

    private sealed class EngineIdRule : IAgreementRule
    {
        public RuleDescriptor Descriptor => Dpa.Rules.Validation.EngineRules.RuleFailed;

        public void Evaluate(ProcessingAgreement agreement, RuleContext context)
        {
        }
    }
}
