using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Validation;

/// <summary>DPA0001 (rule failed) and DPA0003 (unknown rule id in configuration); DPA0002 is in <see cref="SuppressionTests"/>.</summary>
public sealed class EngineFindingTests
{
    private sealed class SecretException : Exception
    {
        public SecretException()
            : base("Verwerker B.V. processes data of patient Jansen")
        {
        }
    }

    [Fact]
    public void ThrowingRule_ReportsDPA0001AndTheOtherRulesStillRun()
    {
        var rules = RuleSet.Create(TestRules.Throwing<InvalidOperationException>("DPA2901")).With(ObjectionRightOnly);

        var report = Validator(rules).Validate(WithoutObjectionRight);

        Assert.Equal(["DPA0001", "DPA4004"], report.Findings.Select(finding => finding.RuleId.ToString()));
        var failure = report.Findings[0];
        Assert.Equal("$", failure.Path);
        Assert.Equal(RuleSeverity.Warning, failure.Severity);
        Assert.Equal("Rule DPA2901 failed with System.InvalidOperationException and was skipped; its findings are not reported", failure.Message);
        Assert.Equal([new FindingFact("ruleId", "DPA2901"), new FindingFact("exceptionType", "System.InvalidOperationException")], failure.Facts);
    }

    [Fact]
    public void ThrowingRule_FindingsBeforeTheFailureAreDiscarded_ReportsDPA0001()
    {
        var rules = RuleSet.Create(TestRules.Throwing<InvalidOperationException>("DPA2901", reportFirstAt: "$.processing"));

        var report = Validator(rules).Validate(WithoutObjectionRight);

        Assert.Equal("DPA0001", Assert.Single(report.Findings).RuleId.ToString());
    }

    [Fact]
    public void ThrowingRule_MessageOfTheException_IsNeverReported_ReportsDPA0001()
    {
        var report = Validator(RuleSet.Create(TestRules.Throwing<SecretException>("DPA2901"))).Validate(WithoutObjectionRight);

        var failure = Assert.Single(report.Findings);
        Assert.DoesNotContain("Jansen", failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(failure.Facts, fact => fact.Value.Contains("Jansen", StringComparison.Ordinal));
        Assert.Contains(nameof(SecretException), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowingCondition_IsARuleFailure_ReportsDPA0001()
    {
        var rules = RuleSet.Create(TestRules.Reporting("DPA1901", "$.a").When(_ => throw new FormatException()));

        var failure = Assert.Single(Validator(rules).Validate(SpecificAuthorisation).Findings);

        Assert.Equal(("DPA0001", "DPA1901"), (failure.RuleId.ToString(), failure.Facts[0].Value));
    }

    [Fact]
    public void RuleThatDoesNotThrow_DoesNotReportDPA0001()
    {
        var report = Validator(ObjectionRightOnly.With(TestRules.Reporting("DPA1901", "$.a"))).Validate(WithoutObjectionRight);

        Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == "DPA0001");
        Assert.Equal(2, report.Findings.Length);
    }

    [Fact]
    public void DPA0001SetToNone_HidesRuleFailures_DoesNotReportDPA0001()
    {
        var rules = RuleSet.Create(TestRules.Throwing<InvalidOperationException>("DPA2901")).With(ObjectionRightOnly);

        var report = Validator(rules, Options.WithSeverity(RuleId.Parse("DPA0001"), RuleSeverity.None)).Validate(WithoutObjectionRight);

        Assert.Equal(Dpa4004, Assert.Single(report.Findings).RuleId);
        Assert.DoesNotContain(report.Rules, rule => rule.Id.ToString() == "DPA0001");
    }

    [Fact]
    public void ReportingAtSeverityNone_IsARuleFailure_ReportsDPA0001()
    {
        var rules = RuleSet.Create(new NoneReportingRule());

        Assert.Equal("DPA0001", Assert.Single(Validator(rules).Validate(SpecificAuthorisation).Findings).RuleId.ToString());
    }

    [Fact]
    public void OverrideOfAnUnknownId_ReportsDPA0003()
    {
        var report = Validator(options: Options.WithSeverity(RuleId.Parse("DPA4040"), RuleSeverity.Info)).Validate(SpecificAuthorisation);

        var unknown = Assert.Single(report.Findings);
        Assert.Equal(("DPA0003", "$", RuleSeverity.Warning), (unknown.RuleId.ToString(), unknown.Path, unknown.Severity));
        Assert.Equal("The configuration names rule DPA4040, which is not in the rule set", unknown.Message);
        Assert.Equal([new FindingFact("setting", "ruleSeverities")], unknown.Facts);
    }

    [Fact]
    public void SuppressionOfAnUnknownId_ReportsDPA0003()
    {
        var options = Options
            .WithSuppression(new Suppression { RuleId = Dpa4004, Justification = "Accepted." })
            .WithSuppression(new Suppression { RuleId = RuleId.Parse("DPA4040"), Justification = "Typo." });

        var unknown = Assert.Single(Validator(options: options).Validate(SpecificAuthorisation).Findings);

        Assert.Equal("DPA0003", unknown.RuleId.ToString());
        Assert.Equal([new FindingFact("setting", "suppressions[1]")], unknown.Facts);
    }

    [Fact]
    public void OverrideOfARuleRemovedFromTheSet_ReportsDPA0003()
    {
        var rules = RuleSet.Default.Without(Dpa4004);

        var report = Validator(rules, Options.WithSeverity(Dpa4004, RuleSeverity.Warning)).Validate(SpecificAuthorisation);

        Assert.Contains(report.Findings, finding => finding.RuleId.ToString() == "DPA0003" && finding.Message.Contains("rule DPA4004,", StringComparison.Ordinal));
    }

    [Fact]
    public void SettingsOfKnownIds_DoesNotReportDPA0003()
    {
        var options = Options
            .WithSeverity(Dpa4004, RuleSeverity.Warning)
            .WithSeverity(RuleId.Parse("DPA0001"), RuleSeverity.Info)
            .WithSeverity(RuleCategory.Transfers, RuleSeverity.None)
            .WithSuppression(new Suppression { RuleId = Dpa4004, Justification = "Accepted." });

        var report = Validator(options: options).Validate(WithoutObjectionRight);

        Assert.Empty(report.Findings);
        Assert.Single(report.SuppressedFindings);
    }

    [Fact]
    public void DPA0003_CanBeSuppressedLikeAnyFinding()
    {
        var options = Options
            .WithSeverity(RuleId.Parse("DPA4040"), RuleSeverity.Info)
            .WithSuppression(new Suppression { RuleId = RuleId.Parse("DPA0003"), Justification = "Shared configuration." });

        var report = Validator(options: options).Validate(SpecificAuthorisation);

        Assert.Empty(report.Findings);
        Assert.Equal("DPA0003", Assert.Single(report.SuppressedFindings).RuleId.ToString());
    }

    private sealed class NoneReportingRule : IAgreementRule
    {
        public RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DPA1903");

        public void Evaluate(Dpa.Rules.Model.ProcessingAgreement agreement, RuleContext context) => context.Report(RuleSeverity.None, "$");
    }
}
