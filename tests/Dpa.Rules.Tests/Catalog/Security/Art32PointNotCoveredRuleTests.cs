using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Model;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Security;

public sealed class Art32PointNotCoveredRuleTests
{
    private static readonly Art32PointNotCoveredRule Rule = new();

    [Fact]
    public void NoRegularTesting_ReportsDPA6003ForPointD()
    {
        // Seed 002 Bijl.2: TLS, WAF, AES-256 at rest, daily backups with an RPO of one hour and an RTO of at most 24 hours;
        // the certifications are AWS's (§3), the processor's own certification and penetration tests are not stated.
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms
            {
                Measures =
                [
                    Measure(SecurityMeasureKind.Encryption, "TLS; AES-256 at rest"),
                    Measure(SecurityMeasureKind.NetworkSecurity, "Web application firewall"),
                    Measure(SecurityMeasureKind.Backup, "Daily backups in several EU locations"),
                ],
                RecoveryPointObjective = ContractualPeriod.FromHours(1),
                RecoveryTimeObjective = ContractualPeriod.FromHours(24),
                Certifications = [new Certification { Standard = "ISO/IEC 27001", Holder = "Amazon Web Services" }],
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA6003", finding.RuleId.ToString());
        Assert.Equal("$.security.measures", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("point (d)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyAccessControl_ReportsDPA6003ForEachUncoveredPointInOrder()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms { Measures = [Measure(SecurityMeasureKind.AccessControl, "VPN with two-factor authentication")] },
        };

        var findings = RuleTester.Run(Rule, agreement);

        Assert.Equal(3, findings.Length);
        Assert.Contains("point (a)", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("point (c)", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("point (d)", findings[2].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(RuleSeverity.Warning, f.Severity));
    }

    [Fact]
    public void DataCentreCertificationOnly_ReportsDPA6003()
    {
        // Seed 000 App.3: SmartDC is ISO 27001 certified — the data centre's certificate, not evidence of the processor's testing.
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms
            {
                Measures =
                [
                    Measure(SecurityMeasureKind.Encryption, "Encrypted internal traffic"),
                    Measure(SecurityMeasureKind.PhysicalSecurity, "Biometric access control"),
                    Measure(SecurityMeasureKind.Backup, "Nightly encrypted backups"),
                ],
                Certifications = [new Certification { Standard = "ISO/IEC 27001", Holder = "SmartDC" }],
            },
        };

        Assert.Contains("point (d)", Assert.Single(RuleTester.Run(Rule, agreement)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllPointsCovered_DoesNotReportDPA6003()
    {
        // Seed 000 App.3: encrypted internal traffic (§1), IDS/IPS (§2), a yearly external penetration test (§3), nightly
        // encrypted backups kept 14 days (§7).
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms
            {
                Measures =
                [
                    Measure(SecurityMeasureKind.Encryption, "Encrypted internal traffic"),
                    Measure(SecurityMeasureKind.NetworkSecurity, "IDS/IPS"),
                    Measure(SecurityMeasureKind.Backup, "Nightly backups"),
                    Measure(SecurityMeasureKind.Testing, "External penetration test"),
                ],
                PenetrationTestInterval = ContractualPeriod.FromYears(1),
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void ObjectivesAndAuditedOwnCertification_DoNotReportDPA6003()
    {
        // Seed 000 clause 6.3 and App.3 §3: the processor is ISO 27001 certified and audited "eens per 9 maanden" — regular
        // evaluation the agreement states (point (d)); an RPO stands for point (c).
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms
            {
                Measures =
                [
                    Measure(SecurityMeasureKind.Encryption, "Encrypted internal traffic"),
                    Measure(SecurityMeasureKind.Monitoring, "Continuous monitoring of all servers"),
                ],
                RecoveryPointObjective = ContractualPeriod.FromHours(24),
                Certifications = [new Certification { Standard = "ISO/IEC 27001", AuditInterval = ContractualPeriod.FromMonths(9) }],
            },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void OwnCertificationWithoutAuditInterval_ReportsDPA6003()
    {
        // Seed 003 Bijl.2: "De Verwerker is ISO 27001 en ISO 9001 gecertificeerd" — no testing, no pentest, no stated audit
        // cycle: a reviewer asks how the measures are regularly tested and evaluated (point (d)).
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms
            {
                Measures =
                [
                    Measure(SecurityMeasureKind.Encryption, "Encryption in transport of confidential information"),
                    Measure(SecurityMeasureKind.AccessControl, "Single sign-on"),
                    Measure(SecurityMeasureKind.Backup, "Backups with at least 128-bit encryption"),
                ],
                Certifications = [new Certification { Standard = "ISO/IEC 27001" }],
            },
        };

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("$.security.measures", finding.Path);
        Assert.Contains("point (d)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoStatedMeasure_DoesNotReportDPA6003()
    {
        // DPA6002 reports an agreement that describes no measure; listing four gaps on top would be noise.
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms { Measures = [Measure(SecurityMeasureKind.Encryption, null)] },
        };

        Assert.Empty(RuleTester.Run(Rule, agreement));
        Assert.Empty(RuleTester.Run(Rule, TestAgreements.Minimal()));
    }

    private static SecurityMeasure Measure(SecurityMeasureKind kind, string? description) => new()
    {
        Kind = kind,
        Description = description is null ? TextValue.Placeholder("") : TextValue.Stated(description),
    };
}
