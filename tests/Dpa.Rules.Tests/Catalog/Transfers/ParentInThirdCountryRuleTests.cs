using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Transfers;

public sealed class ParentInThirdCountryRuleTests
{
    private static readonly ParentInThirdCountryRule Rule = new();

    private static ProcessingAgreement With(string? parent) => TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms
        {
            SubProcessors =
            [
                new SubProcessor
                {
                    Name = "Cloud Ireland Ltd.",
                    Locations = [CountryCode.Parse("IE"), CountryCode.Parse("DE")],
                    ParentEstablishedIn = parent is null ? null : CountryCode.Parse(parent),
                },
            ],
        },
    };

    [Fact]
    public void EuRegionsOfAUsProvider_ReportsDPA5010()
    {
        // "EU cloud regions" of a US group: no transfer (Art. 44), but US law may compel disclosure, which Art. 48 does not
        // recognise; the controller must weigh it in choosing a processor with sufficient guarantees (Art. 28(1)).
        var finding = Assert.Single(RuleTester.Run(Rule, With("US")));

        Assert.Equal("DPA5010", finding.RuleId.ToString());
        Assert.Equal("$.subProcessing.subProcessors[0].parentEstablishedIn", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("'Cloud Ireland Ltd.'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParentInSwitzerland_DoesNotReportDPA5010()
    {
        // Switzerland's adequacy decision covers the whole country (Art. 45).
        Assert.Empty(RuleTester.Run(Rule, With("CH")));
    }

    [Fact]
    public void ParentInTheEea_DoesNotReportDPA5010()
    {
        Assert.Empty(RuleTester.Run(Rule, With("NL")));
    }

    [Fact]
    public void ParentNotStated_DoesNotReportDPA5010()
    {
        // Seed 002 Bijlage 2 §3 names AWS with data centres in IE and DE, but not where its parent is: not stated.
        Assert.Empty(RuleTester.Run(Rule, With(null)));
    }
}
