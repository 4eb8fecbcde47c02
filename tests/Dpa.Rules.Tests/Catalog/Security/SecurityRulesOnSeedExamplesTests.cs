using Dpa.Rules.Catalog.Security;

namespace Dpa.Rules.Tests.Catalog.Security;

/// <summary>The DPA6xxx rules on the five seed agreements in <c>examples/</c>: each expectation is a reading of the seed text.</summary>
public sealed class SecurityRulesOnSeedExamplesTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        // Seed 000 App.3: encrypted traffic (a), IDS/IPS and redundancy (b), nightly backups and tested fail-over (c), ISO
        // audits every 9 months and a yearly pentest (d); the certificate dates are not stated, so DPA6005 is silent.
        { "000-planning-nl.json", [] },

        // Seed 001 Bijl.2: SSL/VPN (a), access control and SIEM (b), backups (c), periodic testing and evaluation (d); 5.4 agrees a
        // 12-month maximum age but no issue date: not stated is not too old.
        { "001-smart-production.json", [] },

        // Seed 002 Bijl.2: TLS and AES-256, WAF, backups with RPO/RTO — but no testing of the processor's own measures; the
        // certifications (§3) are AWS's.
        { "002-simplicate.json", ["DPA6003 Warning $.security.measures 'd'"] },

        // Seed 003 6.3 and Bijl.2: encryption, access control, encrypted backups; "ISO 27001 gecertificeerd" without any
        // stated testing or audit cycle.
        { "003-analyst-template.json", ["DPA6003 Warning $.security.measures 'd'"] },

        // Seed 004 Bijl.2: physical and access measures, periodic backups, processing locations "periodiek getest".
        { "004-lets-develop.json", [] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void SeedExample_ReportsWhatALawyerWould(string file, string[] expected)
    {
        Assert.Equal(expected, SeedExamples.Run(SecurityRules.All, file));
    }
}
