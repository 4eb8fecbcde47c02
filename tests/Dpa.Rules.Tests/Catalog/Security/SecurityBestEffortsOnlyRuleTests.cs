using System.Globalization;
using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Security;

public sealed class SecurityBestEffortsOnlyRuleTests
{
    private static readonly SecurityBestEffortsOnlyRule Rule = new();

    [Fact]
    public void BestEffortsAsTheOnlyCommitment_ReportsDPA6006()
    {
        // GDPR Art. 28(3)(c): the contract stipulates that the processor "takes all measures required pursuant to Article 32";
        // "zal zich inspannen ... maatregelen te nemen" stipulates only an endeavour, and nothing else binds the processor.
        var agreement = TestAgreements.Minimal() with { Security = new SecurityTerms { Commitment = CommitmentLevel.BestEfforts } };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA6006", finding.RuleId.ToString());
        Assert.Equal("$.security.commitment", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void BestEffortsBesideABindingArt32Obligation_ReportsDPA6006()
    {
        // Seed 000: 6.1 "zal zich inspannen voldoende ... maatregelen te nemen" beside 6.2 "zal ervoor zorgdragen dat het
        // beveiligingsniveau is afgestemd op de risico's": Art. 28(3)(c) is stipulated, but weakened.
        var agreement = AgreementBuilder.Compliant().Security(s => s with { Commitment = CommitmentLevel.BestEfforts });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void BestEffortsInDutch_ReportsDPA6006()
    {
        var agreement = AgreementBuilder.Compliant().Security(s => s with { Commitment = CommitmentLevel.BestEfforts });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Contains("alleen tot een inspanning", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BindingCommitment_DoesNotReportDPA6006()
    {
        // Seed 001 clause 5.1 "Verwerker zal technische- en organisatorische maatregelen nemen": an obligation (Art. 32(1)).
        var agreement = AgreementBuilder.Compliant().Security(s => s with { Commitment = CommitmentLevel.Binding });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void CommitmentNotStated_DoesNotReportDPA6006()
    {
        // Silence is DPA6001's concern when no Art. 32 obligation is stated either; it is no best-efforts clause.
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }
}
