using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using NodaTime;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Validation;

public sealed class SuppressionTests
{
    private static Suppression ObjectionRightAccepted(string? path = ObjectionRightPath, LocalDate? expiresOn = null) => new()
    {
        RuleId = Dpa4004,
        Path = path,
        Justification = "Objection right agreed in the main agreement, clause 12.",
        Approver = "Privacy officer",
        ExpiresOn = expiresOn,
    };

    [Fact]
    public void Suppression_HidesItsFindingAndKeepsItSeparately()
    {
        var suppression = ObjectionRightAccepted();

        var report = Validator(options: Options.WithSuppression(suppression)).Validate(WithoutObjectionRight);

        Assert.Empty(report.Findings);
        Assert.True(report.IsValid);
        var hidden = Assert.Single(report.SuppressedFindings);
        Assert.Equal((Dpa4004, ObjectionRightPath), (hidden.RuleId, hidden.Path));
        Assert.Same(suppression, hidden.Suppression);
        Assert.True(hidden.IsSuppressed);
    }

    [Fact]
    public void Suppression_WithoutPath_HidesTheRuleAtEveryPath()
    {
        var rules = RuleSet.Create(TestRules.Reporting("DPA1901", "$.a", "$.b"));
        var options = Options.WithSuppression(new Suppression { RuleId = RuleId.Parse("DPA1901"), Justification = "House style." });

        var report = Validator(rules, options).Validate(SpecificAuthorisation);

        Assert.Empty(report.Findings);
        Assert.Equal(["$.a", "$.b"], report.SuppressedFindings.Select(finding => finding.Path));
    }

    [Fact]
    public void Suppression_AtAnotherPath_DoesNotHide()
    {
        var report = Validator(options: Options.WithSuppression(ObjectionRightAccepted("$.subProcessing"))).Validate(WithoutObjectionRight);

        Assert.Single(report.Findings);
        Assert.Empty(report.SuppressedFindings);
    }

    [Fact]
    public void Suppression_NeverHidesAFindingOfAnotherRule()
    {
        // A host rule reports at the very path the DPA4004 suppression names.
        var rules = ObjectionRightOnly.With(TestRules.Reporting("DPA4901", ObjectionRightPath));

        var report = Validator(rules, Options.WithSuppression(ObjectionRightAccepted())).Validate(WithoutObjectionRight);

        var active = Assert.Single(report.Findings);
        Assert.Equal(("DPA4901", ObjectionRightPath), (active.RuleId.ToString(), active.Path));
        Assert.Equal(Dpa4004, Assert.Single(report.SuppressedFindings).RuleId);
    }

    [Fact]
    public void Suppression_OnItsExpiryDay_StillHides_DoesNotReportDPA0002()
    {
        var report = Validator(options: Options.WithSuppression(ObjectionRightAccepted(expiresOn: AsOf))).Validate(WithoutObjectionRight);

        Assert.Empty(report.Findings);
        Assert.Single(report.SuppressedFindings);
    }

    [Fact]
    public void ExpiredSuppression_ReportsTheFindingAgain_ReportsDPA0002()
    {
        var expiry = AsOf.PlusDays(-1);

        var report = Validator(options: Options.WithSuppression(ObjectionRightAccepted(expiresOn: expiry))).Validate(WithoutObjectionRight);

        Assert.Empty(report.SuppressedFindings);
        Assert.Equal(["DPA0002", "DPA4004"], report.Findings.Select(finding => finding.RuleId.ToString()));
        var expired = report.Findings[0];
        Assert.Equal(ObjectionRightPath, expired.Path);
        Assert.Equal(RuleSeverity.Warning, expired.Severity);
        Assert.Equal("The suppression of DPA4004 expired on 2026-11-24; the findings it hid are reported again", expired.Message);
        Assert.Equal([new FindingFact("suppressedRuleId", "DPA4004"), new FindingFact("expiresOn", "2026-11-24")], expired.Facts);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void ExpiredSuppressionWithoutPath_ReportsDPA0002AtTheRoot()
    {
        var report = Validator(options: Options.WithSuppression(ObjectionRightAccepted(path: null, expiresOn: AsOf.PlusDays(-30)))).Validate(SpecificAuthorisation);

        var expired = Assert.Single(report.Findings);
        Assert.Equal(("DPA0002", "$"), (expired.RuleId.ToString(), expired.Path));
    }

    [Fact]
    public void ExpiredSuppression_BesideAnActiveOne_DoesNotUnhide()
    {
        var options = Options
            .WithSuppression(ObjectionRightAccepted(expiresOn: AsOf.PlusDays(-1)))
            .WithSuppression(ObjectionRightAccepted(expiresOn: AsOf.PlusDays(30)));

        var report = Validator(options: options).Validate(WithoutObjectionRight);

        Assert.Equal("DPA0002", Assert.Single(report.Findings).RuleId.ToString());
        Assert.Equal(Dpa4004, Assert.Single(report.SuppressedFindings).RuleId);
    }

    [Fact]
    public void SuppressionWithoutExpiry_DoesNotReportDPA0002()
    {
        var report = Validator(options: Options.WithSuppression(ObjectionRightAccepted())).Validate(WithoutObjectionRight);

        Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == "DPA0002");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Suppression_RequiresAJustification(string justification)
    {
        Assert.Throws<ArgumentException>(() => new Suppression { RuleId = Dpa4004, Justification = justification });
        Assert.Throws<ArgumentNullException>(() => new Suppression { RuleId = Dpa4004, Justification = null! });
    }
}
