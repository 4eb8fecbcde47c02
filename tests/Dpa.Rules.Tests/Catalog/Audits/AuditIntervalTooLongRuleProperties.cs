using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Audits;
using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Catalog.Audits;

public sealed class AuditIntervalTooLongRuleProperties
{
    private static readonly AuditIntervalTooLongRule Rule = new();

    [Property]
    public Property MonthsAndYears_CompareExactly() =>
        Prop.ForAll(Gen.Choose(0, 240).ToArbitrary(), Gen.Choose(1, 10).ToArbitrary(), (months, years) =>
        {
            var thresholds = RuleThresholds.Default with { AuditIntervalMaximum = ContractualPeriod.FromYears(years) };
            var fired = !RuleTester.Run(Rule, With(ContractualPeriod.FromMonths(months)), thresholds: thresholds).IsEmpty;
            return fired == (months > 12 * years);
        });

    [Property]
    public Property DaysAgainstAYear_FireOnlyBeyondTheLongestYear() =>
        Prop.ForAll(Gen.Choose(0, 1000).ToArbitrary(), days =>
        {
            var fired = !RuleTester.Run(Rule, With(ContractualPeriod.FromDays(days))).IsEmpty;
            return fired == (days > 366);
        });

    private static ProcessingAgreement With(ContractualPeriod interval) =>
        TestAgreements.Minimal() with { Audits = new AuditTerms { AuditsAllowed = true, MaximumFrequency = interval } };
}
