using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class PartialReturnRuleTests
{
    private static readonly PartialReturnRule Rule = new();

    [Fact]
    public void RelevantDocumentsOnly_ReportsDPA9011()
    {
        // "The processor returns the relevant documents to the controller": GDPR Art. 28(3)(g) and SCC 2021/915 Clause 10(d)
        // require the return of "all the personal data".
        var finding = Assert.Single(RuleTester.Run(Rule, With(ReturnScope.Partial)));

        Assert.Equal("DPA9011", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.returnScope", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("The processor returns only part of the personal data at the end, not all of them", finding.Message);
    }

    [Fact]
    public void RelevantDocumentsOnly_InDutch_ReportsDPA9011()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(ReturnScope.Partial), culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal("De verwerker bezorgt na afloop slechts een deel van de persoonsgegevens terug, niet alle persoonsgegevens", finding.Message);
    }

    [Fact]
    public void AllPersonalData_DoesNotReportDPA9011()
    {
        // Seed 003 clause 12.4: "alle persoonsgegevens die Verwerker bezit uit hoofde van de samenwerking wissen dan wel retourneren".
        Assert.Empty(RuleTester.Run(Rule, With(ReturnScope.AllPersonalData)));
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
    }

    private static ProcessingAgreement With(ReturnScope scope) => AgreementBuilder.Compliant().EndOfProcessing(e => e with { ReturnScope = scope });
}
