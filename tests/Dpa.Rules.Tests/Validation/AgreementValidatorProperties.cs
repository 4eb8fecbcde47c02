using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Validation;

public sealed class AgreementValidatorProperties
{
    private static readonly RuleId First = RuleId.Parse("DPA1901");
    private static readonly RuleId Second = RuleId.Parse("DPA9901");

    private static Gen<string[]> Paths =>
        Gen.Elements("$", "$.a", "$.A", "$.b", "$.a[0]", "$.a[10]", "$.a[2]").ArrayOf();

    [Property]
    public Property Findings_AreSortedAndIndependentOfRuleOrder() =>
        Prop.ForAll(Paths.ToArbitrary(), Paths.ToArbitrary(), (first, second) =>
        {
            var forward = Validator(RuleSet.Create(TestRules.Reporting("DPA1901", first), TestRules.Reporting("DPA9901", second))).Validate(SpecificAuthorisation);
            var backward = Validator(RuleSet.Create(TestRules.Reporting("DPA9901", second), TestRules.Reporting("DPA1901", first))).Validate(SpecificAuthorisation);

            var expected = first.Select(path => (First, path)).Concat(second.Select(path => (Second, path)))
                .OrderBy(pair => pair.Item1.Number).ThenBy(pair => pair.path, StringComparer.Ordinal)
                .Select(pair => $"{pair.Item1} {pair.path}");
            return forward.Findings.Select(finding => $"{finding.RuleId} {finding.Path}").SequenceEqual(expected)
                // Run order differs, so report.Rules does; the findings must not.
                && forward.Findings.Select(finding => finding.ToString()).SequenceEqual(backward.Findings.Select(finding => finding.ToString()));
        });

    [Property]
    public Property Suppressions_PartitionFindingsByRuleAndPath() =>
        Prop.ForAll(Paths.ToArbitrary(), Paths.ToArbitrary(), Paths.ToArbitrary(), (first, second, suppressed) =>
        {
            var options = suppressed.Aggregate(Options, (options, path) => options.WithSuppression(new Suppression { RuleId = First, Path = path, Justification = "Accepted." }));
            var report = Validator(RuleSet.Create(TestRules.Reporting("DPA1901", first), TestRules.Reporting("DPA9901", second)), options).Validate(SpecificAuthorisation);

            return report.Findings.Length + report.SuppressedFindings.Length == first.Length + second.Length
                && report.SuppressedFindings.All(finding => finding.RuleId == First && suppressed.Contains(finding.Path) && finding.Suppression!.Covers(finding.RuleId, finding.Path))
                && report.Findings.All(finding => finding.RuleId == Second || !suppressed.Contains(finding.Path));
        });
}
