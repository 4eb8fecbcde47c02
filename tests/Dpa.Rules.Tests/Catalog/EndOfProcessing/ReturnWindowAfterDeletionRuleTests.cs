using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class ReturnWindowAfterDeletionRuleTests
{
    private static readonly ReturnWindowAfterDeletionRule Rule = new();

    private static ProcessingAgreement Ended(ContractualPeriod returnWindow, ContractualPeriod deletion) => TestAgreements.Minimal() with
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, EndedOn = new LocalDate(2026, 1, 31) },
        EndOfProcessing = new EndOfProcessingTerms
        {
            ReturnWindow = new EndOfLifePeriod { Period = returnWindow },
            Deletion = new EndOfLifePeriod { Period = deletion },
        },
    };

    [Fact]
    public void ReturnWindowEndsAfterDeletion_ReportsDPA9007()
    {
        // Seed 004 clause 9.3 (handover request within three months) combined with a 60-day deletion period.
        // End 2026-01-31: return until 2026-04-30, deletion by 2026-04-01.
        var finding = Assert.Single(RuleTester.Run(Rule, Ended(ContractualPeriod.FromMonths(3), ContractualPeriod.FromDays(60))));

        Assert.Equal("DPA9007", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.returnWindow", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains(new FindingFact("returnWindowEnd", "2026-04-30"), finding.Facts);
        Assert.Contains(new FindingFact("deletionDeadline", "2026-04-01"), finding.Facts);
    }

    [Fact]
    public void ReturnWindowEqualToDeletion_DoesNotReportDPA9007()
    {
        // Seed 002 clause 2.3: export during at most one calendar month, then deletion.
        Assert.Empty(RuleTester.Run(Rule, Ended(ContractualPeriod.FromMonths(1), ContractualPeriod.FromMonths(1))));
    }

    [Fact]
    public void ReturnWindowWithoutDeletionPeriod_DoesNotReportDPA9007()
    {
        // Seed 004 clauses 9.3–9.4: a three-month handover window, deletion only on request.
        var agreement = TestAgreements.Minimal() with
        {
            EndOfProcessing = new EndOfProcessingTerms
            {
                ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(3) },
                DeletionOnRequest = true,
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
