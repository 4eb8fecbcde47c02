using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Testing.Tests;

/// <summary>Deadlines here follow the contract convention (design §3): the end day is not counted, so 31 January + 30 days
/// is 2 March in 2026.</summary>
public sealed class RetentionPolicyTests
{
    private static readonly LocalDate EndOf31January = new(2026, 1, 31);

    private static readonly RetentionPolicy Ours = new()
    {
        DeleteWithin = ContractualPeriod.FromDays(60),
        PurgeBackupsWithin = ContractualPeriod.FromDays(14),
        ReturnBeforeDeletion = true,
        NotifyBreachWithin = ContractualPeriod.FromHours(24),
    };

    [Fact]
    public void CompliantAgreement_MeetsThePolicy_WhateverTheEndDate() => Ours.Verify(Agreements.Compliant);

    [Fact]
    public void DeletionLaterThanThePolicy_FailsWithTheDatesAndHowTheyWereCounted()
    {
        // The agreement deletes 3 months after the end: 31 January -> 30 April (month end); the policy allows 60 days, to 1 April.
        var agreement = AgreementBuilder.Compliant().EndOfProcessing(e => e with { Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromMonths(3) } });

        var ex = Assert.Throws<AgreementAssertionException>(() => Ours.Verify(agreement, EndOf31January));

        Assert.Contains("ended on 2026-01-31", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Personal data deleted within 60 days of the end (by 2026-04-01): the agreement deletes by 2026-04-30", ex.Message, StringComparison.Ordinal);
        Assert.Contains("How that was counted", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.endOfProcessing.deletion", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BackupsKeptSixMonths_FailThePurgeRequirement()
    {
        // Deletion 30 days after 31 January: 2 March; backups kept 6 months from the end: 31 July, far past 2 March + 14 days.
        var agreement = AgreementBuilder.Compliant().Backups(b => b with { Retention = ContractualPeriod.FromMonths(6), PurgeAfterEnd = null });

        var violation = Assert.Single(Ours.Check(agreement, EndOf31January));

        Assert.StartsWith("Backups purged within 14 days of the deletion (by 2026-03-16): the last backup copy exists until 2026-07-31", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void NoReturnWindow_FailsTheReturnRequirement_SayingWhy()
    {
        var agreement = AgreementBuilder.Compliant().EndOfProcessing(e => e with { ReturnWindow = null });

        var violation = Assert.Single(Ours.Check(agreement, EndOf31January));

        Assert.Contains("the agreement states no such period", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void BreachNoticeOf48Hours_FailsA24HourPolicy()
    {
        var agreement = AgreementBuilder.Compliant().Breach(b => b with { Deadline = ContractualPeriod.FromHours(48) });

        var violation = Assert.Single(Ours.Check(agreement, EndOf31January));

        Assert.StartsWith("A breach notified within 24 hours of the processor becoming aware", violation, StringComparison.Ordinal);
        Assert.Contains("the agreement allows until 2026-02-02T11:00:00Z", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void GoneBy_PassesOnTheDeletionDay_AndFailsTheDayBefore()
    {
        // Deletion 30 days after 31 January 2026 is 2 March; backups are purged at the deletion deadline.
        RetentionAssert.GoneBy(Agreements.Compliant, EndOf31January, by: new LocalDate(2026, 3, 2));

        var ex = Assert.Throws<AgreementAssertionException>(() => RetentionAssert.GoneBy(Agreements.Compliant, EndOf31January, by: new LocalDate(2026, 3, 1)));
        Assert.Contains("deletion runs to 2026-03-02", ex.Message, StringComparison.Ordinal);
    }
}
