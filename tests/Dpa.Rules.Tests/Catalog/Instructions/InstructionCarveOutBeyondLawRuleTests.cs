using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Instructions;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Instructions;

public sealed class InstructionCarveOutBeyondLawRuleTests
{
    private static readonly InstructionCarveOutBeyondLawRule Rule = new();

    private static AgreementBuilder With(params InstructionCarveOut[] exceptions) =>
        AgreementBuilder.Compliant().Instructions(i => i with { Exceptions = [.. exceptions] });

    [Fact]
    public void ProcessorsOwnJudgement_ReportsDPA3011()
    {
        // Art. 28(3)(a): only "unless required to do so by Union or Member State law"; the processor's view of what is
        // necessary is not an instruction of the controller.
        var finding = Assert.Single(RuleTester.Run(Rule, With(InstructionCarveOut.UnionOrMemberStateLaw, InstructionCarveOut.ProcessorDiscretion)));

        Assert.Equal("DPA3011", finding.RuleId.ToString());
        Assert.Equal("$.instructions.exceptions[1]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal(
            "The agreement lets the processor process the personal data without the controller's documented instructions where the processor considers it necessary; GDPR Art. 28(3)(a) allows that only where Union or member-state law requires it",
            finding.Message);
    }

    [Fact]
    public void RelatedPurposes_ReportsDPA3011AsWarning()
    {
        // Seed 000 1.1: "plus die doeleinden die daarmee redelijkerwijs samenhangen": still tied to the controller's planning
        // purposes, but leaving it to the processor to judge what is related.
        var finding = Assert.Single(RuleTester.Run(Rule, With(InstructionCarveOut.RelatedPurposes), culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "De overeenkomst staat de verwerker toe de persoonsgegevens zonder schriftelijke instructies van de verwerkingsverantwoordelijke te verwerken voor doeleinden die hij als daarmee samenhangend mag beschouwen; AVG art. 28, lid 3, onder a, staat dat alleen toe als een Unierechtelijke of lidstaatrechtelijke bepaling hem daartoe verplicht",
            finding.Message);
    }

    [Fact]
    public void AnyApplicableLaw_ReportsDPA3011AsWarning()
    {
        // "as required by applicable law" takes in a third country's law, wider than Art. 28(3)(a) (compare Art. 48).
        var finding = Assert.Single(RuleTester.Run(Rule, With(InstructionCarveOut.AnyApplicableLaw)));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void UnionOrMemberStateLaw_DoesNotReportDPA3011()
    {
        // Seed 001 3.4 "als een wettelijk voorschrift hem tot verwerking verplicht"; seed 004 2.3 "een Europeesrechtelijke
        // wettelijke verplichting": Art. 28(3)(a)'s own exception.
        Assert.Empty(RuleTester.Run(Rule, With(InstructionCarveOut.UnionOrMemberStateLaw)));
    }

    [Fact]
    public void NoExceptions_DoesNotReportDPA3011() =>
        Assert.Empty(RuleTester.Run(Rule, With()));
}
