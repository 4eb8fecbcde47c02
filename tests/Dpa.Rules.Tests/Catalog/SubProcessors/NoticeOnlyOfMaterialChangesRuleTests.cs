using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.SubProcessors;

public sealed class NoticeOnlyOfMaterialChangesRuleTests
{
    private static readonly NoticeOnlyOfMaterialChangesRule Rule = new();

    private static ProcessingAgreement With(SubProcessorAuthorisation authorisation, NoticeScope? scope) => TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms
        {
            Authorisation = authorisation,
            ChangeNotice = new AdvanceNotice { Required = true, InAdvance = true, MinimumPeriod = ContractualPeriod.FromDays(30), Scope = scope },
        },
    };

    [Fact]
    public void NoticeOfMaterialChangesOnly_ReportsDPA4009()
    {
        // GDPR Art. 28(2): notice of "any intended changes concerning the addition or replacement of other processors".
        var finding = Assert.Single(RuleTester.Run(Rule, With(SubProcessorAuthorisation.General, NoticeScope.MaterialChangesOnly)));

        Assert.Equal("DPA4009", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.changeNotice.scope", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void NoticeOfAnyChange_DoesNotReportDPA4009()
    {
        // Seed 003 clause 5.1: "beoogde veranderingen inzake de toevoeging of vervanging" — every change, as Art. 28(2) asks.
        Assert.Empty(RuleTester.Run(Rule, With(SubProcessorAuthorisation.General, NoticeScope.AnyChange)));
    }

    [Fact]
    public void ScopeNotStated_DoesNotReportDPA4009()
    {
        // Not stated is no limitation; DPA4003 judges the notice itself.
        Assert.Empty(RuleTester.Run(Rule, With(SubProcessorAuthorisation.General, null)));
    }

    [Fact]
    public void SpecificAuthorisation_DoesNotReportDPA4009()
    {
        // Under specific authorisation each sub-processor needs prior consent (Art. 28(2), first sentence): no notice duty.
        Assert.Empty(RuleTester.Run(Rule, With(SubProcessorAuthorisation.Specific, NoticeScope.MaterialChangesOnly)));
    }
}
