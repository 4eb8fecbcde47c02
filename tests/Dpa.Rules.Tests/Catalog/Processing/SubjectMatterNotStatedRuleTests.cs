using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class SubjectMatterNotStatedRuleTests
{
    private static readonly SubjectMatterNotStatedRule Rule = new();

    [Fact]
    public void SubjectMatterNotStated_ReportsDPA2001()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA2001", finding.RuleId.ToString());
        Assert.Equal("$.processing.subjectMatter", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void PlaceholderSubjectMatterInExecutedAgreement_ReportsDPA2001()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Processing = new ProcessingDescription { SubjectMatter = TextValue.Placeholder(string.Empty) },
        };

        Assert.Equal("$.processing.subjectMatter", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void PlaceholderSubjectMatterInTemplate_DoesNotReportDPA2001()
    {
        // A template's blank is to be filled in for each customer; DPA1003 reports it as information.
        var agreement = TestAgreements.Minimal(AgreementStatus.Template) with
        {
            Processing = new ProcessingDescription { SubjectMatter = TextValue.Placeholder("(in te vullen door Klant)") },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SubjectMatterStated_DoesNotReportDPA2001()
    {
        // Seed 002 clause 2.1: online business software (CRM, HRM, projects, time, invoicing).
        var agreement = TestAgreements.Minimal() with
        {
            Processing = new ProcessingDescription { SubjectMatter = "Online business software (CRM, HRM, projects, time registration, invoicing)" },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
