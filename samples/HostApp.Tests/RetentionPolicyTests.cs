using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Testing;
using NodaTime;

namespace HostApp.Tests;

/// <summary>The company's retention policy, stated once and asserted against the agreements it signs.</summary>
public sealed class RetentionPolicyTests
{
    private static readonly RetentionPolicy Ours = new()
    {
        DeleteWithin = ContractualPeriod.FromMonths(1),
        PurgeBackupsWithin = ContractualPeriod.FromDays(14),
        NotifyBreachWithin = ContractualPeriod.FromHours(48),
    };

    [Fact]
    public void Simplicate_MeetsOurPolicy_WhateverDayTheContractEnds() =>
        Ours.Verify(AgreementJson.LoadFile("agreements/002-simplicate.json"));

    [Fact]
    public void SmartProduction_KeepsBackupsTooLong() =>
        Assert.Throws<AgreementAssertionException>(() => Ours.Verify(AgreementJson.LoadFile("agreements/001-smart-production.json")));

    [Fact]
    public void DataOfAContractEndedOn31January_AreGoneBy3March() =>
        RetentionAssert.GoneBy(Agreements.Compliant, endedOn: new LocalDate(2026, 1, 31), by: new LocalDate(2026, 3, 3));
}
