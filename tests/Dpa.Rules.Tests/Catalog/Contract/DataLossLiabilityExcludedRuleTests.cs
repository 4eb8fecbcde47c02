using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Contract;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.Contract;

public sealed class DataLossLiabilityExcludedRuleTests
{
    private static readonly DataLossLiabilityExcludedRule Rule = new();

    [Fact]
    public void LossOfDataExcluded_ReportsDPA1009()
    {
        // Seed 004 12.6: indirect damage, including "verlies, verminking of vernietiging van gegevens of databestanden", is
        // excluded: the very breaches Art. 32(2) guards against.
        var agreement = AgreementBuilder.Compliant().Liability(l => l with { Exclusions = [LiabilityExclusion.IndirectDamage, LiabilityExclusion.LossOfData] });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA1009", finding.RuleId.ToString());
        Assert.Equal("$.liability.exclusions[1]", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "The processor's liability for loss, corruption or destruction of data is excluded, although these are the personal data breaches its security obligations guard against",
            finding.Message);
    }

    [Fact]
    public void OnlyIndirectDamageExcluded_DoesNotReportDPA1009()
    {
        // Seed 000 11.2 and 003 11.1 limit liability to direct damage; loss of data is not named.
        var agreement = AgreementBuilder.Compliant().Liability(l => l with { Exclusions = [LiabilityExclusion.IndirectDamage] });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void NoExclusion_DoesNotReportDPA1009() =>
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
}
