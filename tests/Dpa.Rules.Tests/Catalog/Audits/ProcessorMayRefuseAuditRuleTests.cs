using System.Globalization;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class ProcessorMayRefuseAuditRuleTests
{
    private static readonly ProcessorMayRefuseAuditRule Rule = new();

    [Fact]
    public void Seed001Clause10_4_ReportsDPA8008()
    {
        // Seed 001 clause 10.4: information (10.2) and the audit (10.3) do not apply where the request "een disproportionele
        // last ... met zich mee brengt", "niet is gerelateerd aan de verwerking", "zou leiden tot het openbaren van
        // bedrijfsgeheimen", "niet zou leiden tot extra informatie bovenop de informatie die haar al is verstrekt" or "in strijd
        // zou zijn met wetgeving". GDPR Art. 28(3)(h) knows none of these; the second and the last restate the law's own limits.
        var agreement = With(
            AuditRefusalGround.DisproportionateBurden,
            AuditRefusalGround.UnrelatedToProcessing,
            AuditRefusalGround.ConfidentialInformation,
            AuditRefusalGround.NoAdditionalInformation,
            AuditRefusalGround.ContraryToLaw);

        var findings = RuleTester.Run(Rule, agreement);

        Assert.Equal(["$.audits.refusalGrounds[0]", "$.audits.refusalGrounds[2]", "$.audits.refusalGrounds[3]"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Equal("DPA8008", f.RuleId.ToString()));
        Assert.Equal(
            "The processor may refuse an audit or a request for information when it finds the request a disproportionate burden, a ground GDPR Art. 28(3)(h) does not provide",
            findings[0].Message);
    }

    [Fact]
    public void TradeSecrets_InDutch_ReportsDPA8008()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, With(AuditRefusalGround.ConfidentialInformation), culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal(
            "De verwerker mag een audit of een verzoek om informatie weigeren als dat bedrijfsgeheimen of andere vertrouwelijke informatie zou onthullen, een grond die AVG art. 28, lid 3, onder h, niet kent",
            finding.Message);
    }

    [Fact]
    public void OnlyTheLawsOwnLimits_DoesNotReportDPA8008()
    {
        // A request unrelated to the processing is not one Art. 28(3)(h) grants, and no contract can oblige a party to break the law.
        Assert.Empty(RuleTester.Run(Rule, With(AuditRefusalGround.UnrelatedToProcessing, AuditRefusalGround.ContraryToLaw)));
    }

    [Fact]
    public void NoRefusalGrounds_DoesNotReportDPA8008()
    {
        Assert.Empty(RuleTester.Run(Rule, AgreementBuilder.Compliant()));
    }

    private static ProcessingAgreement With(params AuditRefusalGround[] grounds) =>
        AgreementBuilder.Compliant().Audits(a => a with { RefusalGrounds = [.. grounds] });
}
