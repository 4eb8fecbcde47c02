using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class PersonnelNotBoundToConfidentialityRuleTests
{
    private static readonly PersonnelNotBoundToConfidentialityRule Rule = new();

    [Fact]
    public void NotStated_ReportsDPA3006()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA3006", finding.RuleId.ToString());
        Assert.Equal("$.instructions.personnelConfidentiality", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void ExpresslyNotBound_ReportsDPA3006()
    {
        var agreement = TestAgreements.Minimal() with { Instructions = new InstructionTerms { PersonnelConfidentiality = false } };

        Assert.Single(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void StaffBoundToConfidentiality_DoesNotReportDPA3006()
    {
        // Seed 000 clause 9.2: every employee signs a confidentiality clause as part of the employment contract.
        var agreement = TestAgreements.Minimal() with { Instructions = new InstructionTerms { PersonnelConfidentiality = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
