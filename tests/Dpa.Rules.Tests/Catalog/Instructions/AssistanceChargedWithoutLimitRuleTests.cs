using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class AssistanceChargedWithoutLimitRuleTests
{
    private static readonly AssistanceChargedWithoutLimitRule Rule = new();

    [Fact]
    public void RequestsChargedAtTheProcessorsRates_ReportsDPA3010()
    {
        // Seed 001 11.2: any support under the agreement, "inclusief alle verzoeken tot aanvullende informatie", charged at the
        // "Technische consultancy" rates of the service agreement. Art. 28(3)(e) does not forbid charging: info.
        var agreement = AgreementBuilder.Compliant().Assistance(a => a with
        {
            DataSubjectRequests = a.DataSubjectRequests! with { Cost = CostAllocation.ProcessorRates },
        });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA3010", finding.RuleId.ToString());
        Assert.Equal("$.assistance.dataSubjectRequests.cost", finding.Path);
        Assert.Equal(RuleSeverity.Info, finding.Severity);
        Assert.Equal("The processor charges for its assistance with data-subject requests at its own rates, without a limit", finding.Message);
    }

    [Fact]
    public void AllAssistanceChargedAtTheProcessorsRates_ReportsDPA3010()
    {
        var agreement = AgreementBuilder.Compliant().Assistance(a => a with { Cost = CostAllocation.ProcessorRates });

        Assert.Equal("$.assistance.cost", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Theory]
    [InlineData(CostAllocation.ReasonableCost)]
    [InlineData(CostAllocation.Free)]
    public void ChargedAtReasonableCostOrFree_DoesNotReportDPA3010(CostAllocation cost)
    {
        // Seed 001 5.7: assistance with Arts. 32-36 "tegen redelijke kosten"; seed 004 11: "een redelijke vergoeding".
        var agreement = AgreementBuilder.Compliant().Assistance(a => a with { Cost = cost });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
