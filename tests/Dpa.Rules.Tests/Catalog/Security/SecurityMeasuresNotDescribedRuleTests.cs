using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Security;

public sealed class SecurityMeasuresNotDescribedRuleTests
{
    private static readonly SecurityMeasuresNotDescribedRule Rule = new();

    [Fact]
    public void NothingOnSecurity_ReportsDPA6002AsError()
    {
        var finding = Assert.Single(RuleTester.Run(Rule, TestAgreements.Minimal()));

        Assert.Equal("DPA6002", finding.RuleId.ToString());
        Assert.Equal("$.security.measures", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
    }

    [Fact]
    public void OnlyAReferenceToArt32_ReportsDPA6002AsWarning()
    {
        // The letter of Art. 28(3)(c) is met; the EDPB's "include or reference the measures" is not.
        var agreement = TestAgreements.Minimal() with { Security = new SecurityTerms { Art32Obligation = true } };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.security.measures", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void BlankMeasuresInExecutedAgreement_ReportsDPA6002()
    {
        var agreement = TestAgreements.Minimal() with { Security = BlankMeasures() };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void BlankMeasuresInTemplate_ReportsDPA6002AsInfo()
    {
        // Seed 004 Bijl.1: further measures "(in te voeren door verwerker)" — a blank the template expects to be filled in.
        var agreement = TestAgreements.Minimal(AgreementStatus.Template) with { Security = BlankMeasures() };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.security.measures", finding.Path);
        Assert.Equal(RuleSeverity.Info, finding.Severity);
    }

    [Fact]
    public void MeasuresDescribed_DoesNotReportDPA6002()
    {
        // Seed 002 Bijl.2 §1 and §2.1: TLS and a web application firewall; AES-256 encryption at rest.
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms
            {
                Art32Obligation = true,
                Measures =
                [
                    new SecurityMeasure { Kind = SecurityMeasureKind.Encryption, Description = "TLS in transit, AES-256 at rest" },
                    new SecurityMeasure { Kind = SecurityMeasureKind.NetworkSecurity, Description = "Web application firewall" },
                ],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    private static SecurityTerms BlankMeasures() => new()
    {
        Art32Obligation = true,
        Measures = [new SecurityMeasure { Kind = SecurityMeasureKind.Other, Description = TextValue.Placeholder("") }],
    };
}
