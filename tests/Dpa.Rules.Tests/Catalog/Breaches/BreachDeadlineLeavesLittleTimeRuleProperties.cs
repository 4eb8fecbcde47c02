using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Breaches;
using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dpa.Rules.Tests.Catalog.Breaches;

public sealed class BreachDeadlineLeavesLittleTimeRuleProperties
{
    private static readonly BreachDeadlineLeavesLittleTimeRule LittleTime = new();
    private static readonly BreachDeadlineExceedsControllerWindowRule Exceeds = new();

    [Property]
    public Property HoursLeft_AreSeventyTwoMinusTheDeadline_WhenBelowTheMargin() =>
        Prop.ForAll(Gen.Choose(0, 71).ToArbitrary(), Gen.Choose(0, 96).ToArbitrary(), (deadline, margin) =>
        {
            var thresholds = RuleThresholds.Default with { BreachControllerMargin = ContractualPeriod.FromHours(margin) };
            var findings = RuleTester.Run(LittleTime, Breach(deadline), thresholds: thresholds);
            var left = 72 - deadline;
            return left < margin
                ? findings.Length == 1
                    && findings[0].Facts.Contains(new FindingFact("controllerHoursLeft", left.ToString(CultureInfo.InvariantCulture)))
                : findings.IsEmpty;
        });

    [Property]
    public Property EveryHourDeadline_IsReportedByAtMostOneOfDPA7003AndDPA7004() =>
        Prop.ForAll(Gen.Choose(0, 1000).ToArbitrary(), deadline =>
        {
            var tooLong = RuleTester.Run(Exceeds, Breach(deadline));
            var little = RuleTester.Run(LittleTime, Breach(deadline));
            return deadline >= 72
                ? tooLong.Length == 1 && little.IsEmpty
                : tooLong.IsEmpty && little.Length == (deadline > 24 ? 1 : 0);
        });

    private static ProcessingAgreement Breach(int hours) =>
        TestAgreements.Minimal() with
        {
            Breach = new BreachTerms
            {
                NotificationDuty = true,
                Deadline = ContractualPeriod.FromHours(hours),
                Trigger = BreachTrigger.Awareness,
            },
        };
}
