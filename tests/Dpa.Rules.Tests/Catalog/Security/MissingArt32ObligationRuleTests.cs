using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Security;

public sealed class MissingArt32ObligationRuleTests
{
    private static readonly MissingArt32ObligationRule Rule = new();

    [Fact]
    public void ObligationNotStated_ReportsDPA6001()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA6001", finding.RuleId.ToString());
        Assert.Equal("$.security.art32Obligation", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void ObligationDenied_ReportsDPA6001()
    {
        var agreement = TestAgreements.Minimal() with { Security = new SecurityTerms { Art32Obligation = false } };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.security.art32Obligation", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void ObligationStated_DoesNotReportDPA6001()
    {
        // Seed 003 clause 6.3: the processor has taken "de volgende maatregelen ... in de zin van artikel 32 AVG".
        var agreement = TestAgreements.Minimal() with { Security = new SecurityTerms { Art32Obligation = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
