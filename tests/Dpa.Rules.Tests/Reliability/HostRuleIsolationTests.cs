using System.Collections.Immutable;
using System.Diagnostics;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Tests.Validation;
using Dpa.Rules.Validation;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>A host rule that fails, is slow or misbehaves cannot corrupt the findings of the other rules.</summary>
/// <remarks><para>Fills the gaps left by <see cref="EngineFindingTests"/> (a throwing rule or condition) and
/// <see cref="AgreementValidatorTests"/> (cancellation between rules): garbage reports, slow rules bounded by a token, a
/// context kept beyond the rule's turn, and the state the validator is left in afterwards.</para></remarks>
public sealed class HostRuleIsolationTests
{
    private static AgreementValidator Sandwich(IAgreementRule misbehaving) =>
        Validator(RuleSet.Create(TestRules.Reporting("DPA1901", "$.before"), misbehaving, TestRules.Reporting("DPA9901", "$.after")).With(ObjectionRightOnly));

    private static readonly string[] OthersExpected = ["DPA1901 at $.before", "DPA4004 at $.subProcessing.objectionRight", "DPA9901 at $.after"];

    private static string[] Others(ValidationReport report) =>
        [.. report.Findings.Where(finding => finding.RuleId.ToString() != "DPA0001").Select(finding => $"{finding.RuleId} at {finding.Path}")];

    public static TheoryData<string> GarbageKinds => ["nullPath", "missingMessageArgument", "undefinedSeverity", "severityNone", "throwsAfterReporting"];

    [Theory]
    [MemberData(nameof(GarbageKinds))]
    public void GarbageReport_IsARuleFailure_OtherRulesKeepTheirFindings_ReportsDPA0001(string kind)
    {
        var report = Sandwich(new GarbageRule(kind)).Validate(WithoutObjectionRight);

        var failure = Assert.Single(report.Findings, finding => finding.RuleId.ToString() == "DPA0001");
        Assert.Equal("DPA2950", failure.Facts[0].Value);
        Assert.Equal(OthersExpected, Others(report));
    }

    [Fact]
    public void ReportWithDefaultFacts_IsAFindingWithNoFacts_DoesNotReportDPA0001()
    {
        var report = Sandwich(new GarbageRule("defaultFacts")).Validate(WithoutObjectionRight);

        var finding = Assert.Single(report.Findings, finding => finding.RuleId.ToString() == "DPA2950");
        Assert.Empty(finding.Facts);
        Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == "DPA0001");
    }

    [Fact]
    public void SlowRule_HonouringTheToken_IsBoundedByCancellation_AndTheValidatorStaysSound()
    {
        var validator = Sandwich(new SlowRule());
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => validator.Validate(WithoutObjectionRight, source.Token));

        // Generous: the rule polls every millisecond, so cancellation lands within moments of the 200 ms timer.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Cancellation took {watch.Elapsed.TotalMilliseconds:F0} ms.");
        // The cancelled validation left nothing behind in the pooled context: the next one on this thread is complete and clean.
        var next = Validator(RuleSet.Create(TestRules.Reporting("DPA1901", "$.before"), TestRules.Reporting("DPA9901", "$.after")).With(ObjectionRightOnly)).Validate(WithoutObjectionRight);
        Assert.Equal(OthersExpected, Others(next));
        Assert.Equal(3, next.Findings.Length);
    }

    [Fact]
    public void SlowRule_WithoutCancellation_RunsToTheEnd_DoesNotReportDPA0001()
    {
        var report = Sandwich(new SlowRule(iterations: 5)).Validate(WithoutObjectionRight, CancellationToken.None);

        Assert.Equal(OthersExpected, Others(report));
        Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == "DPA0001");
    }

    [Fact]
    public void ContextKeptBeyondTheRulesTurn_CannotReportIntoAnyReport()
    {
        var keeper = new ContextKeepingRule();
        var validator = Sandwich(keeper);
        var first = validator.Validate(WithoutObjectionRight);

        Assert.Throws<InvalidOperationException>(() => keeper.Kept!.Report("$.late", "late"));

        var second = validator.Validate(WithoutObjectionRight);
        Assert.Equal(OthersExpected, Others(first));
        Assert.Equal(OthersExpected, Others(second));
        Assert.DoesNotContain(second.Findings, finding => finding.Path == "$.late");
    }

    [Fact]
    public void FailingRules_OnManyThreads_NeverMixReports()
    {
        var validator = Sandwich(new GarbageRule("throwsAfterReporting"));
        var expected = Describe(validator.Validate(WithoutObjectionRight));
        var reports = new string[64];

        Parallel.For(0, reports.Length, i => reports[i] = Describe(validator.Validate(i % 2 == 0 ? WithoutObjectionRight : SpecificAuthorisation)));

        var clean = Describe(validator.Validate(SpecificAuthorisation));
        Assert.All(reports.Where((_, i) => i % 2 == 0), report => Assert.Equal(expected, report));
        Assert.All(reports.Where((_, i) => i % 2 == 1), report => Assert.Equal(clean, report));
    }

    private sealed class GarbageRule(string kind) : IAgreementRule
    {
        public RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DPA2950");

        public void Evaluate(ProcessingAgreement agreement, RuleContext context)
        {
            switch (kind)
            {
                case "nullPath":
                    context.Report(null!, "x");
                    break;
                case "missingMessageArgument":
                    context.Report("$.garbage");
                    break;
                case "undefinedSeverity":
                    context.Report((RuleSeverity)42, "$.garbage", "x");
                    break;
                case "severityNone":
                    context.Report(RuleSeverity.None, "$.garbage", "x");
                    break;
                case "defaultFacts":
                    context.Report(RuleSeverity.Warning, "$.garbage", default(ImmutableArray<FindingFact>), "x");
                    break;
                default:
                    context.Report("$.garbage", "x");
                    throw new InvalidOperationException("half-way");
            }
        }
    }

    private sealed class SlowRule(int iterations = int.MaxValue) : IAgreementRule
    {
        public RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DPA2951");

        public void Evaluate(ProcessingAgreement agreement, RuleContext context)
        {
            for (var i = 0; i < iterations; i++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(1);
            }
        }
    }

    private sealed class ContextKeepingRule : IAgreementRule
    {
        public RuleContext? Kept { get; private set; }

        public RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DPA2952");

        public void Evaluate(ProcessingAgreement agreement, RuleContext context) => Kept = context;
    }
}
