using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class NoDeletionCertificationRuleTests
{
    private static readonly NoDeletionCertificationRule Rule = new();

    [Fact]
    public void CertificationNotStated_ReportsDPA9006()
    {
        // No seed states a confirmation of deletion (seeds 000–004, "Confirmation: n/s").
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA9006", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.deletionCertification", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void CertificationAgreed_DoesNotReportDPA9006()
    {
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { DeletionCertification = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
