using Dpa.Rules.Model;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Testing.Tests;

public sealed class AgreementsTests
{
    [Theory]
    [InlineData(2026, 11, 25)]
    [InlineData(2028, 2, 29)]
    public void Compliant_HasNoFindingsFromTheWholeCatalog(int year, int month, int day)
    {
        var report = AgreementValidator.Default.Validate(Agreements.Compliant, ValidationOptions.Default with { AsOf = new LocalDate(year, month, day) });

        Assert.True(report.Findings.IsEmpty, string.Join("\n", report.Findings));
    }

    [Fact]
    public void Builder_ChangesOnePart_AndKeepsTheRest()
    {
        ProcessingAgreement changed = AgreementBuilder.Compliant().Breach(b => b with { Deadline = ContractualPeriod.FromHours(96) });

        Assert.Equal(ContractualPeriod.FromHours(96), changed.Breach.Deadline);
        Assert.Equal(Agreements.Compliant with { Breach = changed.Breach }, changed);
        Assert.Equal(ContractualPeriod.FromHours(24), Agreements.Compliant.Breach.Deadline);
    }

    [Fact]
    public void Builder_Backups_ChangesTheBackupsOfTheEndOfProcessing()
    {
        var changed = AgreementBuilder.Compliant().Backups(b => b with { Retention = ContractualPeriod.FromMonths(6) }).Build();

        Assert.Equal(ContractualPeriod.FromMonths(6), changed.EndOfProcessing.Backups.Retention);
        Assert.Equal(Agreements.Compliant.EndOfProcessing.Deletion, changed.EndOfProcessing.Deletion);
    }

    [Fact]
    public void Builder_RefusesAChangeThatReturnsNull() =>
        Assert.Throws<ArgumentException>(() => AgreementBuilder.Compliant().Breach(_ => null!));
}
