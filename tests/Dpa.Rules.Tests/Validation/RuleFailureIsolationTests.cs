using Dpa.Rules.Rules;
using Dpa.Rules.Validation;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Validation;

/// <summary>The engine runs all rules in one protected region and resumes after a failing rule: every guarantee of a
/// per-rule boundary must hold wherever the failures fall.</summary>
public sealed class RuleFailureIsolationTests
{
    private static string[] Describe(ValidationReport report) =>
        [.. report.Findings.Select(finding => finding.RuleId.ToString() == "DPA0001"
            ? $"DPA0001 for {finding.Facts[0].Value}"
            : $"{finding.RuleId} at {finding.Path} ({finding.Severity})")];

    [Fact]
    public void ConsecutiveFailures_EachReportsDPA0001_AndOnlyTheFailingRulesLoseTheirFindings()
    {
        var rules = RuleSet.Create(
                TestRules.Reporting("DPA1901", "$.before"),
                TestRules.Throwing<InvalidOperationException>("DPA2901", reportFirstAt: "$.lost"),
                TestRules.Throwing<FormatException>("DPA2902"),
                TestRules.Reporting("DPA9901", "$.after"))
            .With(ObjectionRightOnly);

        var report = Validator(rules).Validate(WithoutObjectionRight);

        Assert.Equal(
            [
                "DPA0001 for DPA2901",
                "DPA0001 for DPA2902",
                "DPA1901 at $.before (Warning)",
                "DPA4004 at $.subProcessing.objectionRight (Error)",
                "DPA9901 at $.after (Warning)",
            ],
            Describe(report));
    }

    [Fact]
    public void FailuresOfTheFirstAndTheLastRule_AreBothReported_AndTheRulesBetweenRun()
    {
        var rules = RuleSet.Create(
                TestRules.Throwing<InvalidOperationException>("DPA1902", reportFirstAt: "$.lostFirst"))
            .With(ObjectionRightOnly)
            .With(TestRules.Reporting("DPA9901", "$.a", "$.b"), TestRules.Throwing<ArgumentException>("DPA9902", reportFirstAt: "$.lostLast"));

        var report = Validator(rules).Validate(WithoutObjectionRight);

        Assert.Equal(
            [
                "DPA0001 for DPA1902",
                "DPA0001 for DPA9902",
                "DPA4004 at $.subProcessing.objectionRight (Error)",
                "DPA9901 at $.a (Warning)",
                "DPA9901 at $.b (Warning)",
            ],
            Describe(report));
    }

    [Fact]
    public void RulesAfterAFailure_KeepTheirConfiguredSeverities()
    {
        var rules = RuleSet.Create(TestRules.Throwing<InvalidOperationException>("DPA1902"), TestRules.Reporting("DPA1901", "$.a"))
            .With(ObjectionRightOnly);
        var options = Options
            .WithSeverity(RuleId.Parse("DPA1901"), RuleSeverity.Info)
            .WithSeverity(Dpa4004, RuleSeverity.Warning)
            .WithSeverity(RuleId.Parse("DPA0001"), RuleSeverity.Error);

        var report = Validator(rules, options).Validate(WithoutObjectionRight);

        Assert.Equal(["DPA0001 for DPA1902", "DPA1901 at $.a (Info)", "DPA4004 at $.subProcessing.objectionRight (Warning)"], Describe(report));
        Assert.Equal(RuleSeverity.Error, report.Findings[0].Severity);
    }

    [Fact]
    public void Cancellation_AfterAFailure_StopsBeforeTheNextRule()
    {
        using var source = new CancellationTokenSource();
        var next = new CountingRule("DPA1903");
        var validator = Validator(RuleSet.Create(TestRules.Throwing<InvalidOperationException>("DPA1902"), new CancellingRule(source), next));

        Assert.ThrowsAny<OperationCanceledException>(() => validator.Validate(SpecificAuthorisation, source.Token));
        Assert.Equal(0, next.Count);
    }

    [Fact]
    public void ValidationAfterAFailure_OnTheSameThread_StartsClean()
    {
        var failing = Validator(RuleSet.Create(
            TestRules.Reporting("DPA1901", "$.a"),
            TestRules.Throwing<InvalidOperationException>("DPA2901", reportFirstAt: "$.lost")));
        var clean = Validator(RuleSet.Create(TestRules.Reporting("DPA9901", "$.b")));

        var first = failing.Validate(SpecificAuthorisation);
        var second = clean.Validate(SpecificAuthorisation);
        var third = failing.Validate(SpecificAuthorisation);

        Assert.Equal(["DPA0001 for DPA2901", "DPA1901 at $.a (Warning)"], Describe(first));
        Assert.Equal(["DPA9901 at $.b (Warning)"], Describe(second));
        Assert.Equal(Describe(first), Describe(third));
    }
}
