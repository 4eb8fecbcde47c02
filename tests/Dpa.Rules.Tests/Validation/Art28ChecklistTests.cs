using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;
using Dpa.Rules.Tests.Catalog;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Tests.Validation;

public sealed class Art28ChecklistTests
{
    private static readonly RuleDescriptor AuditRule = Host("DPA8901", RuleSeverity.Error, LegalReference.Gdpr("28", "3", "h"));
    private static readonly RuleDescriptor DeletionRule = Host("DPA9901", RuleSeverity.Warning, LegalReference.Gdpr("28", "3", "g"));
    private static readonly RuleDescriptor FlowDownRule = Host("DPA4901", RuleSeverity.Error, LegalReference.Gdpr("28", "4"));

    [Fact]
    public void Elements_FollowArt28ParagraphsTwoToFour()
    {
        // legal.md §1: 28(2); the 28(3) first subparagraph's five items; points (a)-(h); the last subparagraph; 28(4).
        Assert.Equal(
            [
                "28(2)",
                "28(3)-subject-matter-duration", "28(3)-nature-purpose", "28(3)-personal-data-types", "28(3)-data-subject-categories",
                "28(3)-controller-obligations-rights",
                "28(3)(a)", "28(3)(b)", "28(3)(c)", "28(3)(d)", "28(3)(e)", "28(3)(f)", "28(3)(g)", "28(3)(h)",
                "28(3)-last-subparagraph",
                "28(4)",
            ],
            Art28Checklist.Elements.Select(e => e.Id));
        Assert.All(Art28Checklist.Elements, e => Assert.StartsWith("GDPR Art. 28(", e.Citation, StringComparison.Ordinal));
    }

    [Fact]
    public void RuleCitingAPoint_BelongsToThatPointOnly()
    {
        Assert.True(Art28Checklist.Get("28(3)(h)").Includes(AuditRule));
        Assert.False(Art28Checklist.Get("28(3)(g)").Includes(AuditRule));
        Assert.False(Art28Checklist.Get("28(2)").Includes(AuditRule));
    }

    [Fact]
    public void PointD_IncludesTheConditionsOf28TwoAndFour()
    {
        // GDPR Art. 28(3)(d): the processor "respects the conditions referred to in paragraphs 2 and 4 for engaging another processor".
        var pointD = Art28Checklist.Get("28(3)(d)");
        Assert.True(pointD.Includes(NoObjectionRightRule.Rule));
        Assert.True(pointD.Includes(FlowDownRule));
        Assert.False(pointD.Includes(AuditRule));
    }

    [Theory]
    [InlineData("DPA2001", "28(3)-subject-matter-duration")]
    [InlineData("DPA2002", "28(3)-subject-matter-duration")]
    [InlineData("DPA2003", "28(3)-nature-purpose")]
    [InlineData("DPA2004", "28(3)-nature-purpose")]
    [InlineData("DPA2005", "28(3)-personal-data-types")]
    [InlineData("DPA2006", "28(3)-data-subject-categories")]
    [InlineData("DPA2007", "28(3)-controller-obligations-rights")]
    [InlineData("DPA3004", "28(3)-last-subparagraph")]
    public void RulesCitingPlain28Three_BelongToTheItemTheyCheck(string id, string elementId)
    {
        // The catalog: DPA2001-2007 check the items of the 28(3) first subparagraph, DPA3004 its last subparagraph; they cite
        // "GDPR Art. 28(3)" without a point, so only their ids can place them.
        var descriptor = RuleDescriptors.Create(id, nameof(NoObjectionRightRule), RuleSeverity.Error, LegalReference.Gdpr("28", "3"));
        Assert.Equal([elementId], Art28Checklist.Elements.Where(e => e.Includes(descriptor)).Select(e => e.Id));
    }

    [Fact]
    public void EveryCatalogRuleCitingArt28TwoToFour_BelongsToAnElement()
    {
        // Any catalog rule that cites GDPR Art. 28(2), 28(3)(a)-(h) or 28(4) checks a checklist element; a rule that cites a
        // point but maps nowhere would silently drop out of the completeness summary.
        var citing = RuleSet.Default.Rules.Select(r => r.Descriptor).Where(d => d.LegalReferences.Any(r =>
            r.Instrument == "GDPR" && r.Article == "Art. 28" && (r.Paragraph is "2" or "4" || (r.Paragraph == "3" && r.Point is not null))));

        Assert.All(citing, d => Assert.Contains(Art28Checklist.Elements, e => e.Includes(d)));
        Assert.Contains(RuleSet.Default.Rules, r => r.Descriptor.Id == ValidationFixture.Dpa4004);
    }

    [Fact]
    public void ActiveErrorOrWarning_IsAGap_InfoAndSuppressedAreNot()
    {
        var agreement = TestAgreements.Minimal();
        var findings = new[]
        {
            new Finding(AuditRule, RuleSeverity.Error, "m", "$.audits", []),
            new Finding(DeletionRule, RuleSeverity.Info, "m", "$.endOfProcessing", []),
            new Finding(FlowDownRule, RuleSeverity.Error, "m", "$.subProcessing.flowDown", [], new Suppression { RuleId = FlowDownRule.Id, Justification = "Accepted" }),
        };

        var statuses = Art28Checklist.Evaluate(agreement, findings, [AuditRule, DeletionRule, FlowDownRule]).ToDictionary(s => s.Element.Id);

        Assert.Equal(Art28Coverage.Gap, statuses["28(3)(h)"].Coverage);
        Assert.Equal([AuditRule.Id], statuses["28(3)(h)"].GapRuleIds);
        Assert.Equal(Art28Coverage.Covered, statuses["28(3)(g)"].Coverage);
        Assert.Equal(Art28Coverage.Covered, statuses["28(4)"].Coverage);
        Assert.Empty(statuses["28(4)"].GapRuleIds);
        Assert.Equal(Art28Coverage.NotChecked, statuses["28(3)(a)"].Coverage);
        Assert.Empty(statuses["28(3)(a)"].RuleIds);
    }

    [Fact]
    public void WholeCatalog_LeavesNoElementNotChecked()
    {
        // Every element of Art. 28(2)-(4) has a rule in the catalog: the obligations and rights of the controller (28(3)
        // first subparagraph) by DPA2007; none is reported "not checked" for the compliant agreement.
        var agreement = global::Dpa.Rules.Testing.Agreements.Compliant;
        var report = ValidationFixture.Validator(RuleSet.Default).Validate(agreement);

        var statuses = Art28Checklist.Evaluate(agreement, report);

        Assert.DoesNotContain(statuses, s => s.Coverage == Art28Coverage.NotChecked);
        Assert.Equal(Art28Coverage.Covered, statuses.Single(s => s.Element.Id == "28(3)-controller-obligations-rights").Coverage);
    }

    [Fact]
    public void NoSubProcessorsAllowed_Makes28FourNotApplicable()
    {
        var agreement = TestAgreements.Minimal() with { SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.NotAllowed } };
        var findings = new[] { new Finding(FlowDownRule, RuleSeverity.Error, "m", "$.subProcessing.flowDown", []) };

        var statuses = Art28Checklist.Evaluate(agreement, findings, [FlowDownRule, NoObjectionRightRule.Rule]).ToDictionary(s => s.Element.Id);

        Assert.Equal(Art28Coverage.NotApplicable, statuses["28(4)"].Coverage);
        Assert.Equal(Art28Coverage.Covered, statuses["28(2)"].Coverage);
    }

    [Fact]
    public void ProhibitionContradictedByAGeneralAuthorisation_Keeps28FourApplicable()
    {
        // A second clause that lets the processor engage sub-processors (DPA4011) brings Art. 28(4) back into play.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.NotAllowed, OtherAuthorisation = SubProcessorAuthorisation.General },
        };
        var findings = new[] { new Finding(FlowDownRule, RuleSeverity.Error, "m", "$.subProcessing.flowDown", []) };

        var statuses = Art28Checklist.Evaluate(agreement, findings, [FlowDownRule, NoObjectionRightRule.Rule]).ToDictionary(s => s.Element.Id);

        Assert.Equal(Art28Coverage.Gap, statuses["28(4)"].Coverage);
    }

    [Fact]
    public void GeneralAuthorisationWithoutObjectionRight_IsAGapIn28TwoAndPointD()
    {
        // GDPR Art. 28(2): under general written authorisation the controller must have "the opportunity to object" (DPA4004).
        var report = ValidationFixture.Validator().Validate(ValidationFixture.WithoutObjectionRight);

        var statuses = Art28Checklist.Evaluate(ValidationFixture.WithoutObjectionRight, report).ToDictionary(s => s.Element.Id);

        Assert.Equal(Art28Coverage.Gap, statuses["28(2)"].Coverage);
        Assert.Equal([ValidationFixture.Dpa4004], statuses["28(2)"].GapRuleIds);
        Assert.Equal(Art28Coverage.Gap, statuses["28(3)(d)"].Coverage);
        Assert.Equal(Art28Coverage.NotChecked, statuses["28(3)(h)"].Coverage);
    }

    [Fact]
    public void SpecificAuthorisation_Covers28Two()
    {
        var report = ValidationFixture.Validator().Validate(ValidationFixture.SpecificAuthorisation);

        var status = Art28Checklist.Evaluate(ValidationFixture.SpecificAuthorisation, report).Single(s => s.Element.Id == "28(2)");

        Assert.Equal(Art28Coverage.Covered, status.Coverage);
        Assert.Equal([ValidationFixture.Dpa4004], status.RuleIds);
    }

    [Fact]
    public void Catalog_OnAnAgreementWithAFullAuditClause_CoversPointH()
    {
        // GDPR Art. 28(3)(h): the processor makes available all information necessary to demonstrate compliance and allows for
        // audits, including inspections, by the controller or another auditor mandated by the controller.
        var agreement = TestAgreements.Minimal() with
        {
            Audits = new AuditTerms
            {
                InformationDuty = true,
                AuditsAllowed = true,
                Auditor = AuditorChoice.ControllerOrMandated,
                Condition = AuditCondition.AtIntervals,
            },
        };

        var statuses = CatalogStatuses(agreement);

        Assert.Equal(Art28Coverage.Covered, statuses["28(3)(h)"].Coverage);
        Assert.Contains(RuleId.Parse("DPA8003"), statuses["28(3)(h)"].RuleIds);

        // The agreement states no Art. 32 obligation: GDPR Art. 28(3)(c) requires "all measures required pursuant to Article 32".
        Assert.Equal(Art28Coverage.Gap, statuses["28(3)(c)"].Coverage);
    }

    [Fact]
    public void Catalog_OnAnAgreementWhereTheProcessorPicksTheAuditor_HasAGapInPointH()
    {
        // GDPR Art. 28(3)(h) names "another auditor mandated by the controller": a processor-selected auditor falls short.
        var agreement = TestAgreements.Minimal() with
        {
            Audits = new AuditTerms
            {
                InformationDuty = true,
                AuditsAllowed = true,
                Auditor = AuditorChoice.ProcessorSelected,
                Condition = AuditCondition.AtIntervals,
            },
        };

        var status = CatalogStatuses(agreement)["28(3)(h)"];

        Assert.Equal(Art28Coverage.Gap, status.Coverage);
        Assert.Equal([RuleId.Parse("DPA8003")], status.GapRuleIds);
    }

    [Fact]
    public void FailedRule_IsAGapOfItsElements()
    {
        var validator = ValidationFixture.Validator(RuleSet.Create(new ThrowingRule(AuditRule)));
        var agreement = TestAgreements.Minimal();

        var report = validator.Validate(agreement);
        var status = Art28Checklist.Evaluate(agreement, report).Single(s => s.Element.Id == "28(3)(h)");

        Assert.Contains(report.Findings, f => f.RuleId.ToString() == "DPA0001");
        Assert.Equal(Art28Coverage.Gap, status.Coverage);
        Assert.Equal([AuditRule.Id], status.GapRuleIds);
    }

    private static Dictionary<string, Art28ElementStatus> CatalogStatuses(ProcessingAgreement agreement) =>
        Art28Checklist.Evaluate(agreement, ValidationFixture.Validator(RuleSet.Default).Validate(agreement)).ToDictionary(s => s.Element.Id);

    private static RuleDescriptor Host(string id, RuleSeverity severity, LegalReference reference) =>
        RuleDescriptor.Create(id, $"Test {id}", "Test '{0}'", "A checklist test rule.", severity, new Uri($"https://example.com/{id}"), reference);

    private sealed class ThrowingRule(RuleDescriptor descriptor) : IAgreementRule
    {
        public RuleDescriptor Descriptor => descriptor;

        public void Evaluate(ProcessingAgreement agreement, RuleContext context) => throw new InvalidOperationException("Rule bug.");
    }
}
