using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class AgreementNotInWritingRuleTests
{
    private static readonly AgreementNotInWritingRule Rule = new();

    [Fact]
    public void OralAgreement_ReportsDPA1001()
    {
        // GDPR Art. 28(9): "in writing, including in electronic form" — an oral agreement is not.
        var agreement = TestAgreements.Minimal(AgreementStatus.Draft) with
        {
            Document = new AgreementDocument { Status = AgreementStatus.Draft, Form = AgreementForm.Oral },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA1001", finding.RuleId.ToString());
        Assert.Equal("$.document.form", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void ExecutedWithoutDateOrSignatures_ReportsDPA1001()
    {
        // Seed 000 has no signature block and no date, though 12.1 says it comes about by the parties' signatures: marked
        // executed, nothing shows the agreement was concluded.
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA1001", finding.RuleId.ToString());
        Assert.Equal("$.document.dateSigned", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void ExecutedSignedOnlyByTheProcessorWithoutDate_ReportsDPA1001()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Document = new AgreementDocument
            {
                Status = AgreementStatus.Executed,
                Signatures =
                [
                    new Signature { Role = PartyRole.Processor, Signatory = "P. Hager" },
                    new Signature { Role = PartyRole.Controller, Signatory = TextValue.Placeholder(string.Empty) },
                ],
            },
        };

        Assert.Equal("$.document.dateSigned", Assert.Single(RuleTester.Run(Rule, agreement)).Path);
    }

    [Fact]
    public void ElectronicAgreementWithDateSigned_DoesNotReportDPA1001()
    {
        // Seed 002: accepted on the subscription page and dated "04-09-2025" with the processor's signature.
        var agreement = TestAgreements.Minimal() with
        {
            Document = new AgreementDocument
            {
                Status = AgreementStatus.Executed,
                Form = AgreementForm.Electronic,
                DateSigned = new LocalDate(2025, 9, 4),
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void ExecutedAndSignedByBothParties_DoesNotReportDPA1001()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Document = new AgreementDocument
            {
                Status = AgreementStatus.Executed,
                Form = AgreementForm.Written,
                Signatures =
                [
                    new Signature { Role = PartyRole.Controller, Signatory = "J. Jansen" },
                    new Signature { Role = PartyRole.Processor, SignedOn = new LocalDate(2025, 9, 4) },
                ],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void TemplateWithEmptySignatureFields_DoesNotReportDPA1001()
    {
        // Seed 003: a template whose signature fields are empty; a written text not yet concluded is no defect of form.
        var agreement = TestAgreements.Minimal(AgreementStatus.Template) with
        {
            Document = new AgreementDocument
            {
                Status = AgreementStatus.Template,
                Signatures = [new Signature { Role = PartyRole.Controller, DatePlaceholder = TextValue.Placeholder(string.Empty) }],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void DeemedAcceptedByUse_ReportsDPA1001()
    {
        // Art. 28(9): the terms are written, but acceptance by merely using the services leaves nothing in writing or in
        // electronic form that shows the controller agreed to them.
        var agreement = TestAgreements.Minimal() with
        {
            Document = new AgreementDocument { Status = AgreementStatus.Executed, DateSigned = new LocalDate(2026, 1, 15), Acceptance = AcceptanceMethod.UseOfServices },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.document.acceptance", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "The agreement is not shown to be concluded in writing: it is deemed accepted by using the services, with no act of acceptance in writing or in electronic form",
            finding.Message);
    }

    [Theory]
    [InlineData(AcceptanceMethod.ClickThrough)]
    [InlineData(AcceptanceMethod.AccountCreation)]
    [InlineData(AcceptanceMethod.ElectronicSignature)]
    [InlineData(AcceptanceMethod.WithMainAgreement)]
    public void AcceptedElectronicallyOrWithTheMainAgreement_DoesNotReportDPA1001(AcceptanceMethod acceptance)
    {
        // Art. 28(9) accepts electronic form: a click-through or account creation is recorded by the processor's system, an
        // electronic signature is its own record, and seed 001 2.1 ("een bijlage bij- en maakt deel uit van de
        // Dienstverleningsovereenkomst(en)") is concluded by the main agreement's signature.
        var agreement = TestAgreements.Minimal() with
        {
            Document = new AgreementDocument { Status = AgreementStatus.Executed, Acceptance = acceptance },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
