using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class CopiesNotDeletedRuleTests
{
    private static readonly CopiesNotDeletedRule Rule = new();

    [Fact]
    public void CopiesNotMentioned_ReportsDPA9002()
    {
        // Seed 001 clause 14.4–14.5: destroy or return, kept at most 60 days; nothing on existing copies.
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA9002", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.copiesDeleted", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void CopiesKept_ReportsDPA9002()
    {
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { CopiesDeleted = false } };

        Assert.EndsWith(": it lets copies be kept", Assert.Single(RuleTester.Run(Rule, agreement)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopiesDeleted_DoesNotReportDPA9002()
    {
        // Seed 002 clause 2.3: deleted "zonder daarvan een kopie te behouden"; seed 003 clause 12.4: copies deleted.
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { CopiesDeleted = true } };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void CompleteDeletionWithoutNamingCopies_ReportsDPA9002AsAWarning()
    {
        // Seed 004 clause 9.4: "zal Verwerker deze op verzoek van Klant volledig verwijderen". Deleting completely implies the
        // copies, but GDPR Art. 28(3)(g) names "existing copies" and SCC 10(d) backups with them: present but weaker.
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { DeletionComplete = true } };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("$.endOfProcessing.deletionComplete", finding.Path);
    }

    [Fact]
    public void CopiesKeptDespiteCompleteDeletion_IsStillAnError()
    {
        // An agreement that says copies are kept contradicts Art. 28(3)(g), whatever it says of the rest.
        var agreement = TestAgreements.Minimal() with { EndOfProcessing = new EndOfProcessingTerms { DeletionComplete = true, CopiesDeleted = false } };

        Assert.Equal(RuleSeverity.Error, Assert.Single(RuleTester.Run(Rule, agreement)).Severity);
    }
}
