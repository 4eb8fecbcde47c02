using Dpa.Rules.Authoring;
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

    /// <summary>Plan sizes around the engine's blocks of 16, 8 and 4 call sites, and a whole-catalog-sized one.</summary>
    public static TheoryData<int> PlanSizes => [0, 1, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 21, 24, 28, 29, 31, 32, 33, 45, 77];

    [Theory]
    [MemberData(nameof(PlanSizes))]
    public void EveryRule_RunsOnceInOrder_WhereverOneFails(int count)
    {
        for (var failing = -1; failing < count; failing++)
        {
            var order = new List<int>();
            var rules = RuleSet.Create(Enumerable.Range(0, count).Select(index => new OrderRule(index, failing == index, order)));

            var report = Validator(rules).Validate(SpecificAuthorisation);

            Assert.Equal(Enumerable.Range(0, count), order);
            var expected = Enumerable.Range(0, count)
                .Select(index => index == failing ? $"DPA0001 for {OrderRule.IdOf(index)}" : $"{OrderRule.IdOf(index)} at $.rule{index} (Warning)")
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, Describe(report).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void ValidationStartedByARule_OnTheSameThread_HasItsOwnContext()
    {
        var inner = Validator(RuleSet.Create(TestRules.Reporting("DPA9901", "$.inner")));
        var nesting = new NestingRule(inner);
        var outer = Validator(RuleSet.Create(TestRules.Reporting("DPA1901", "$.before"), nesting, TestRules.Reporting("DPA9902", "$.after")));

        var report = outer.Validate(SpecificAuthorisation);

        Assert.Equal(["DPA1901 at $.before (Warning)", "DPA1904 at $.nested (Warning)", "DPA9902 at $.after (Warning)"], Describe(report));
        Assert.Equal(["DPA9901 at $.inner (Warning)"], Describe(nesting.InnerReport!));
    }

    [Fact]
    public void ValidationAfterACancellation_OnTheSameThread_AllocatesNothing()
    {
        using var source = new CancellationTokenSource();
        var cancelled = Validator(RuleSet.Create(new CancellingRule(source), new CountingRule("DPA1902")));
        Assert.ThrowsAny<OperationCanceledException>(() => cancelled.Validate(SpecificAuthorisation, source.Token));
        var validator = Validator();
        validator.Validate(SpecificAuthorisation);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = validator.Validate(SpecificAuthorisation);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(report.IsValid);
        // Nothing, as in AgreementValidatorTests (the clean report is shared): the cancelled validation gave its context back.
        Assert.Equal(0, allocated);
    }

    /// <summary>Records that it ran, reports one finding, and throws after reporting when told to.</summary>
    private sealed class OrderRule(int index, bool fails, List<int> order) : IAgreementRule
    {
        public RuleDescriptor Descriptor { get; } = TestRules.Descriptor(IdOf(index));

        // Host ids DPAn900 to DPAn999, spread over the categories so that any count fits.
        public static string IdOf(int index) => $"DPA{1 + (index / 100)}{900 + (index % 100)}";

        public void Evaluate(Dpa.Rules.Model.ProcessingAgreement agreement, RuleContext context)
        {
            order.Add(index);
            context.Report($"$.rule{index}", index);
            if (fails)
            {
                throw new InvalidOperationException();
            }
        }
    }

    /// <summary>Validates with another validator from inside its own evaluation, then reports.</summary>
    private sealed class NestingRule(AgreementValidator inner) : IAgreementRule
    {
        public RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DPA1904");

        public ValidationReport? InnerReport { get; private set; }

        public void Evaluate(Dpa.Rules.Model.ProcessingAgreement agreement, RuleContext context)
        {
            InnerReport = inner.Validate(agreement);
            context.Report("$.nested", "nested");
        }
    }
}
