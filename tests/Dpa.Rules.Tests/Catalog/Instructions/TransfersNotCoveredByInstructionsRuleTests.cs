using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class TransfersNotCoveredByInstructionsRuleTests
{
    private static readonly TransfersNotCoveredByInstructionsRule Rule = new();

    [Fact]
    public void NotStated_ReportsDPA3002()
    {
        // Art. 28(3)(a): documented instructions "including with regard to transfers of personal data to a third country".
        var agreement = AgreementBuilder.Compliant().Instructions(i => i with { InstructionsCoverTransfers = null });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA3002", finding.RuleId.ToString());
        Assert.Equal("$.instructions.instructionsCoverTransfers", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("Transfers of personal data to a third country are not made subject to the controller's documented instructions: the agreement does not say so", finding.Message);
    }

    [Fact]
    public void TransfersWithoutInstructions_ReportsDPA3002()
    {
        var agreement = AgreementBuilder.Compliant().Instructions(i => i with { InstructionsCoverTransfers = false });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void AlsoWhereverAdequacyOrClausesAllow_ReportsDPA3002AsWarning()
    {
        // Seed 002 4.3: "nimmer zonder schriftelijke instructie ... tenzij ... het betreffende land ... een adequaat
        // beschermingsniveau heeft, of wij de Standaard Contractvoorwaarden van de Europese Commissie zijn overeengekomen":
        // on instructions, but also without one wherever a Chapter V mechanism exists (SCC 2021/915 Clause 7.8(a)).
        var agreement = AgreementBuilder.Compliant().Locations(l => l with
        {
            PermittedOutsideWhen = [TransferCondition.ControllerInstruction, TransferCondition.LegalRequirement, TransferCondition.AdequacyDecision, TransferCondition.StandardContractualClauses],
        });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.locations.permittedOutsideWhen[2]", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.EndsWith("the processor may also transfer without an instruction wherever an adequacy decision or standard contractual clauses allow it", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyOnInstructionOrByLaw_DoesNotReportDPA3002()
    {
        // Seed 001 7.1: within the EEA unless the controller authorises or instructs it, or the law requires it.
        var agreement = AgreementBuilder.Compliant().Locations(l => l with
        {
            PermittedOutsideWhen = [TransferCondition.ControllerInstruction, TransferCondition.LegalRequirement, TransferCondition.ListedSubProcessor],
        });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
