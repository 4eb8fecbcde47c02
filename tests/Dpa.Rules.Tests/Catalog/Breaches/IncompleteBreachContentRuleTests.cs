using System.Collections.Immutable;
using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class IncompleteBreachContentRuleTests
{
    private static readonly IncompleteBreachContentRule Rule = new();

    [Fact]
    public void NoContactPoint_ReportsDPA7005()
    {
        // Seed 004 clause 5.2: a description, the (categories of) data and subjects, estimated numbers, expected consequences
        // and measures — but no contact point for further information (Art. 33(3)(b)).
        var agreement = WithContent(
            BreachContentItem.NatureAndScale, BreachContentItem.LikelyConsequences, BreachContentItem.Measures);

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA7005", finding.RuleId.ToString());
        Assert.Equal("$.breach.content", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("point (b)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoContentListed_ReportsDPA7005ForEveryPointInOrder()
    {
        var findings = RuleTester.Run(Rule, WithContent());

        Assert.Equal(4, findings.Length);
        Assert.Contains("point (a)", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("point (b)", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("point (c)", findings[2].Message, StringComparison.Ordinal);
        Assert.Contains("point (d)", findings[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllFourPoints_DoesNotReportDPA7005()
    {
        // Seed 002 clause 7.2 (a)-(d) and seed 001 clause 6.2 (a)-(d) follow Art. 33(3) point by point.
        var agreement = WithContent(
            BreachContentItem.NatureAndScale, BreachContentItem.ContactPoint, BreachContentItem.LikelyConsequences, BreachContentItem.Measures);

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void NoNotificationDuty_DoesNotReportDPA7005()
    {
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }

    private static ProcessingAgreement WithContent(params BreachContentItem[] items) =>
        TestAgreements.Minimal() with
        {
            Breach = new BreachTerms { NotificationDuty = true, Content = ImmutableArray.Create(items) },
        };

    [Fact]
    public void AllInformationTheControllerNeeds_CoversArticle33_3ByReference_DoesNotReportDPA7005()
    {
        // A duty to give "alle informatie die nodig is" for the controller's own notification to the authority includes the
        // GDPR Art. 33(3)(a)-(d) content the controller must give (SCC 2021/915 Clause 9.2 asks for the same by reference).
        var agreement = TestAgreements.Minimal() with
        {
            Breach = new BreachTerms { NotificationDuty = true, AllInformationForNotification = true },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void NeitherListedNorByReference_ReportsDPA7005ForEachPoint()
    {
        // Art. 33(3) has four points (a)-(d); a duty with no content at all misses each.
        var agreement = TestAgreements.Minimal() with { Breach = new BreachTerms { NotificationDuty = true, AllInformationForNotification = false } };

        Assert.Equal(4, RuleTester.Run(Rule, agreement).Length);
    }
}
