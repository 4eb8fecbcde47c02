using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Security;
using Dpa.Rules.Model;
using NodaTime;
using RuleSeverity = Dpa.Rules.Authoring.RuleSeverity;

namespace Dpa.Rules.Tests.Catalog.Security;

public sealed class CertificationOutOfDateRuleTests
{
    private static readonly CertificationOutOfDateRule Rule = new();
    private static readonly LocalDate AsOf = new(2026, 11, 25);

    [Fact]
    public void CertificateOlderThanAgreedMaximumAge_ReportsDPA6005()
    {
        // Seed 001 clause 5.4: the certificate shown is "niet ouder ... dan 12 maanden". Issued 1 Nov 2025, it may be shown
        // up to and including 1 Nov 2026; on 25 Nov 2026 it is too old.
        var agreement = With(new Certification
        {
            Standard = "ISO/IEC 27001",
            IssuedOn = new LocalDate(2025, 11, 1),
            MaximumAge = ContractualPeriod.FromMonths(12),
        });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, AsOf));

        Assert.Equal("DPA6005", finding.RuleId.ToString());
        Assert.Equal("$.security.certifications[0].issuedOn", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(
            "On 2026-11-25 the certification is out of date: by the dates and limits the agreement states, it could be relied on up to and including 2026-11-01",
            finding.Message);
        Assert.Contains(new FindingFact("maximumAgeEndsOn", "2026-11-01"), finding.Facts);
        Assert.Contains(new FindingFact("maximumAge", "P12M"), finding.Facts);
    }

    [Fact]
    public void CertificateOneDayPastMaximumAge_ReportsDPA6005()
    {
        var agreement = With(new Certification
        {
            Standard = "ISO/IEC 27001",
            IssuedOn = new LocalDate(2025, 11, 24),
            MaximumAge = ContractualPeriod.FromMonths(12),
        });

        Assert.Equal("$.security.certifications[0].issuedOn", Assert.Single(RuleTester.Run(Rule, agreement, AsOf)).Path);
    }

    [Fact]
    public void CertificateExactlyAtMaximumAge_DoesNotReportDPA6005()
    {
        // Twelve months to the day: "not older than 12 months" still holds.
        var agreement = With(new Certification
        {
            Standard = "ISO/IEC 27001",
            IssuedOn = new LocalDate(2025, 11, 25),
            MaximumAge = ContractualPeriod.FromMonths(12),
        });

        Assert.Empty(RuleTester.Run(Rule, agreement, AsOf));
    }

    [Fact]
    public void MaximumAgeFromMonthEnd_UsesTheLastDayOfTheShorterMonth()
    {
        // 31 Aug 2026 + 3 months = 30 Nov 2026 (no 31 Nov): still acceptable on 25 Nov and on 30 Nov, too old on 1 Dec.
        var agreement = With(new Certification
        {
            Standard = "ISO/IEC 27001",
            IssuedOn = new LocalDate(2026, 8, 31),
            MaximumAge = ContractualPeriod.FromMonths(3),
        });

        Assert.Empty(RuleTester.Run(Rule, agreement, new LocalDate(2026, 11, 30)));
        var finding = Assert.Single(RuleTester.Run(Rule, agreement, new LocalDate(2026, 12, 1)));
        Assert.Contains(new FindingFact("maximumAgeEndsOn", "2026-11-30"), finding.Facts);
    }

    [Fact]
    public void ValidityLapsed_ReportsDPA6005()
    {
        var agreement = With(new Certification { Standard = "ISO/IEC 27001", ValidUntil = new LocalDate(2026, 11, 24) });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, AsOf));

        Assert.Equal("$.security.certifications[0].validUntil", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.EndsWith(" up to and including 2026-11-24", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BothLapsed_ReportsDPA6005OnceAtTheEarlierEnd()
    {
        var agreement = With(new Certification
        {
            Standard = "ISO/IEC 27001",
            IssuedOn = new LocalDate(2024, 6, 1),
            MaximumAge = ContractualPeriod.FromMonths(12),
            ValidUntil = new LocalDate(2025, 3, 1),
        });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, AsOf));

        Assert.Equal("$.security.certifications[0].validUntil", finding.Path);
        Assert.EndsWith(" up to and including 2025-03-01", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondCertificationOutOfDate_ReportsDPA6005AtItsIndex()
    {
        var agreement = TestAgreements.Minimal() with
        {
            Security = new SecurityTerms
            {
                Certifications =
                [
                    new Certification { Standard = "ISO/IEC 27001", ValidUntil = new LocalDate(2027, 6, 30) },
                    new Certification { Standard = "NEN 7510", Holder = "SmartDC", ValidUntil = new LocalDate(2026, 1, 31) },
                ],
            },
        };

        Assert.Equal("$.security.certifications[1].validUntil", Assert.Single(RuleTester.Run(Rule, agreement, AsOf)).Path);
    }

    [Fact]
    public void IssueDateNotStated_DoesNotReportDPA6005()
    {
        // Seed 001 clause 5.4 agrees a maximum age but states no issue date: the age cannot be judged, and "not stated" is
        // not "too old".
        var agreement = With(new Certification { Standard = "ISO/IEC 27001", MaximumAge = ContractualPeriod.FromMonths(12) });

        Assert.Empty(RuleTester.Run(Rule, agreement, AsOf));
    }

    [Fact]
    public void ValidOnTheAsOfDate_DoesNotReportDPA6005()
    {
        var agreement = With(new Certification
        {
            Standard = "ISO/IEC 27001",
            IssuedOn = new LocalDate(2026, 3, 1),
            MaximumAge = ContractualPeriod.FromMonths(12),
            ValidUntil = AsOf,
        });

        Assert.Empty(RuleTester.Run(Rule, agreement, AsOf));
    }

    [Fact]
    public void IssueDateAtTheEndOfTheCalendar_DoesNotReportDPA6005()
    {
        // A well-formed agreement never makes the rule fail: a century's maximum age from year 9999 cannot overflow.
        var agreement = With(new Certification
        {
            Standard = "ISO/IEC 27001",
            IssuedOn = new LocalDate(9999, 12, 31),
            MaximumAge = ContractualPeriod.FromYears(100),
        });

        Assert.Empty(RuleTester.Run(Rule, agreement, AsOf));
    }

    [Fact]
    public void MaximumAgeInHours_CountsWholeDaysRoundedUp()
    {
        // PT25H from 23 Nov 2026 is two days: acceptable up to and including 25 Nov, too old on 26 Nov.
        var agreement = With(new Certification
        {
            Standard = "ISO/IEC 27001",
            IssuedOn = new LocalDate(2026, 11, 23),
            MaximumAge = ContractualPeriod.FromHours(25),
        });

        Assert.Empty(RuleTester.Run(Rule, agreement, AsOf));
        Assert.Single(RuleTester.Run(Rule, agreement, new LocalDate(2026, 11, 26)));
    }

    [Fact]
    public void Message_IsLocalizedInDutch()
    {
        var agreement = With(new Certification { Standard = "ISO/IEC 27001", ValidUntil = new LocalDate(2026, 11, 24) });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement, AsOf, culture: CultureInfo.GetCultureInfo("nl-NL")));

        Assert.Equal("Op 2026-11-25 is de certificering verouderd: volgens de data en termijnen die de overeenkomst vermeldt, kon erop worden vertrouwd tot en met 2026-11-24", finding.Message);
    }

    private static ProcessingAgreement With(Certification certification) =>
        TestAgreements.Minimal() with { Security = new SecurityTerms { Certifications = ImmutableArray.Create(certification) } };
}
