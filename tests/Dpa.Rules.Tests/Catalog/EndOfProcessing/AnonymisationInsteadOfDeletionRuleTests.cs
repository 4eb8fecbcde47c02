using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class AnonymisationInsteadOfDeletionRuleTests
{
    private static readonly AnonymisationInsteadOfDeletionRule Rule = new();

    [Fact]
    public void AnonymiseInsteadOfDelete_ReportsDPA9010()
    {
        // "At the end the processor deletes or anonymises the personal data": only truly anonymous data leave the scope of
        // Art. 28(3)(g) (Recital 26; WP29 Opinion 05/2014); pseudonymised data remain personal data (Art. 4(5)).
        var finding = Assert.Single(RuleTester.Run(Rule, With(true)));

        Assert.Equal("DPA9010", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.anonymisationInsteadOfDeletion", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "The processor may anonymise the personal data instead of deleting them; only data that can no longer be attributed to a person escape deletion",
            finding.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void DeletionOnly_DoesNotReportDPA9010(bool? anonymise)
    {
        // Seed 002 clause 2.3: "verwijdert Verwerker de Persoonsgegevens zonder daarvan een kopie te behouden".
        Assert.Empty(RuleTester.Run(Rule, With(anonymise)));
    }

    private static ProcessingAgreement With(bool? anonymise) =>
        AgreementBuilder.Compliant().EndOfProcessing(e => e with { AnonymisationInsteadOfDeletion = anonymise });
}
