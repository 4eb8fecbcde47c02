using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class NoPrecedenceOverMainAgreementRuleTests
{
    private static readonly NoPrecedenceOverMainAgreementRule Rule = new();

    [Fact]
    public void SilentOnPrecedence_ReportsDPA1005()
    {
        // Seed 000 names its "hoofdovereenkomst (dienstverleningsovereenkomst)" (12.2) but has no precedence clause;
        // SCC 2021/915 Clause 4 makes the clauses prevail over related agreements.
        var agreement = AgreementBuilder.Compliant().Document(d => d with { PrevailsOverMainAgreement = null });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA1005", finding.RuleId.ToString());
        Assert.Equal("$.document.prevailsOverMainAgreement", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("The agreement is not stated to prevail over the main agreement on the processing of personal data: it is silent on which prevails", finding.Message);
    }

    [Fact]
    public void MainAgreementPrevails_ReportsDPA1005()
    {
        var agreement = AgreementBuilder.Compliant().Document(d => d with { PrevailsOverMainAgreement = false });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.EndsWith("the main agreement prevails", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DurationTiedToMainAgreementNotIdentified_ReportsDPA1005()
    {
        // A processing that lasts as long as a main agreement belongs to one, even if the document does not name it.
        var agreement = TestAgreements.Minimal() with
        {
            Processing = new ProcessingDescription { Duration = new ProcessingDuration { Basis = DurationBasis.MainAgreement } },
        };

        Assert.Single(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void DataProcessingAgreementPrevails_DoesNotReportDPA1005()
    {
        // Seed 001 15.1, 002 8.4 and 004 13.2: the processing agreement prevails where it concerns personal data.
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
    }

    [Fact]
    public void StandaloneAgreement_DoesNotReportDPA1005()
    {
        // No main agreement, so nothing to prevail over.
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }
}
