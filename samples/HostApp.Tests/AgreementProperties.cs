using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using Dpa.Rules.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace HostApp.Tests;

/// <summary>Properties over generated agreements, with the arbitraries of Dpa.Rules.Testing.</summary>
public sealed class AgreementProperties
{
    [Property(Arbitrary = [typeof(AgreementArbitraries)], MaxTest = 50)]
    public bool TheHouseRuleNeverFails(ProcessingAgreement agreement) =>
        AgreementValidator.Default.WithRules(RuleSet.Empty.With(new ApprovedSubProcessorsRule()))
            .Validate(agreement, ValidationOptions.Default with { AsOf = new LocalDate(2026, 1, 1) })
            .Findings.All(f => f.RuleId.ToString() == "DPA4901");

    [Property(MaxTest = 50)]
    public Property BackupsThatOutliveDeletion_FailOurPolicy() =>
        Prop.ForAll(AgreementGenerators.BackupsOutliveDeletion.ToArbitrary(), agreement =>
            !new RetentionPolicy { PurgeBackupsWithin = ContractualPeriod.FromDays(30) }.Check(agreement, new LocalDate(2026, 1, 31)).IsEmpty);
}
