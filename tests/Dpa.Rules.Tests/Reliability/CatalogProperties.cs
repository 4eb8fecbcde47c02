using Dpa.Rules.Authoring;
using Dpa.Rules.Testing;
using Dpa.Rules.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>The whole catalog over generated agreements: no rule fails, reports are deterministic, suppressions stay in their lane.</summary>
public sealed class CatalogProperties
{
    private static readonly AgreementValidator Catalog = Validator(RuleSet.Default);

    private static bool IsRuleFailure(Finding finding) => finding.RuleId.ToString() == "DPA0001";

    [Property(MaxTest = 150)]
    public Property Validate_InEveryMode_NoRuleFails() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
            Enum.GetValues<ValidationMode>().All(mode =>
            {
                var report = Catalog.Validate(agreement, Options with { Mode = mode });
                var failures = report.Findings.Where(IsRuleFailure).Select(finding => finding.Facts[0].Value + " " + finding.Facts[1].Value).ToArray();
                return failures.Length == 0
                    ? true
                    : throw new InvalidOperationException($"Rules failed in mode {mode}: {string.Join("; ", failures)} {Dpa.Rules.Serialization.AgreementJson.ToJson(agreement)}");
            }));

    [Property(MaxTest = 100)]
    public Property Validate_AsOfAnyDayOfTheCalendar_NoRuleFails() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), EvaluationDate.ToArbitrary(), (agreement, date) =>
        {
            // The evaluation date is the host's to choose (dpa-rules validate --as-of accepts 0001-01-01 to 9999-12-31): a
            // realistic date, the first or last day, or any day of that whole range.
            var report = Catalog.Validate(agreement, Options with { AsOf = date });
            var failures = report.Findings.Where(IsRuleFailure).Select(finding => finding.Facts[0].Value + " " + finding.Facts[1].Value).ToArray();
            return failures.Length == 0
                ? true
                : throw new InvalidOperationException($"Rules failed as of {date}: {string.Join("; ", failures)} {Dpa.Rules.Serialization.AgreementJson.ToJson(agreement)}");
        });

    // Every day the command line accepts: realistic ones, the first and last, and uniformly any of 0001-01-01 plus 0 to
    // 3,652,058 days (9999-12-31).
    private static Gen<LocalDate> EvaluationDate => Gen.OneOf(
        AgreementGenerators.Date,
        Gen.Constant(new LocalDate(1, 1, 1)),
        Gen.Constant(LocalDate.MaxIsoValue),
        Gen.Choose(0, 3_652_058).Select(days => new LocalDate(1, 1, 1).PlusDays(days)));

    private static Gen<RuleThresholds> Thresholds =>
        from periods in Gen.Four(AgreementGenerators.Period)
        from deletion in AgreementGenerators.Period
        select new RuleThresholds
        {
            DataSubjectRequestMargin = periods.Item1,
            SubProcessorNoticeMinimum = periods.Item2,
            BreachControllerMargin = periods.Item3,
            AuditIntervalMaximum = periods.Item4,
            DeletionPeriodMaximum = deletion,
        };

    [Property(MaxTest = 100)]
    public Property Validate_WithAnyThresholds_NoRuleFails() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), Thresholds.ToArbitrary(), Gen.Elements(new LocalDate(1, 1, 1), new LocalDate(1, 2, 15), new LocalDate(2026, 11, 25), LocalDate.MaxIsoValue).ToArbitrary(), (agreement, thresholds, asOf) =>
        {
            // Thresholds come from the host's configuration file: any period the format allows, a century or zero included.
            var report = Catalog.Validate(agreement, Options with { AsOf = asOf, Thresholds = thresholds });
            var failures = report.Findings.Where(IsRuleFailure).Select(finding => finding.Facts[0].Value + " " + finding.Facts[1].Value).ToArray();
            return failures.Length == 0
                ? true
                : throw new InvalidOperationException($"Rules failed as of {asOf} with {thresholds}: {string.Join("; ", failures)} {Dpa.Rules.Serialization.AgreementJson.ToJson(agreement)}");
        });

    [Property(MaxTest = 50)]
    public Property Validate_IsDeterministic_RepeatedAndOnParallelThreads() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
        {
            var expected = Describe(Catalog.Validate(agreement));
            var reports = new string[8];
            Parallel.For(0, reports.Length, i => reports[i] = Describe(Catalog.Validate(agreement)));
            return Describe(Catalog.Validate(agreement)) == expected && reports.All(report => report == expected);
        });

    [Property(MaxTest = 50)]
    public Property Validate_OfDifferentAgreementsAtOnce_GivesEachItsOwnReport() =>
        Prop.ForAll(AgreementGenerators.Agreement.ArrayOf(6).ToArbitrary(), agreements =>
        {
            // Pooled contexts are per thread; interleaving many agreements must never mix their findings.
            var expected = agreements.Select(agreement => Describe(Catalog.Validate(agreement))).ToArray();
            var actual = new string[agreements.Length * 4];
            Parallel.For(0, actual.Length, i => actual[i] = Describe(Catalog.Validate(agreements[i % agreements.Length])));
            return actual.Select((report, i) => report == expected[i % agreements.Length]).All(same => same);
        });

    [Property(MaxTest = 30)]
    public Property Validate_WithDifferentOptionsAtOnce_GivesEachCallItsOwnReport() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), agreement =>
        {
            // One validator caches the plan of the options it last saw; callers switching options on many threads must not mix them.
            ValidationOptions[] variants =
            [
                .. from asOf in new[] { new LocalDate(2020, 2, 29), new LocalDate(2026, 11, 25) }
                   from mode in Enum.GetValues<ValidationMode>()
                   from culture in new[] { "en", "nl" }
                   select Options with { AsOf = asOf, Mode = mode, Culture = System.Globalization.CultureInfo.GetCultureInfo(culture) },
            ];
            var expected = variants.Select(options => Describe(Catalog.Validate(agreement, options))).ToArray();
            var actual = new string[variants.Length * 4];
            Parallel.For(0, actual.Length, i => actual[i] = Describe(Catalog.Validate(agreement, variants[i % variants.Length])));
            return actual.Select((report, i) => report == expected[i % variants.Length]).All(same => same);
        });

    [Property(MaxTest = 100)]
    public Property Suppression_HidesOnlyTheFindingsItCovers() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (agreement, pick, withPath) =>
        {
            var unsuppressed = Catalog.Validate(agreement);
            if (unsuppressed.Findings.IsEmpty)
            {
                return true;
            }

            var target = unsuppressed.Findings[pick % unsuppressed.Findings.Length];
            var suppression = new Suppression { RuleId = target.RuleId, Path = withPath ? target.Path : null, Justification = "Accepted by the test." };
            var report = Catalog.Validate(agreement, Options.WithSuppression(suppression));

            bool Covered(Finding finding) => finding.RuleId == target.RuleId && (!withPath || finding.Path == target.Path);
            var keep = unsuppressed.Findings.Where(finding => !Covered(finding)).Select(finding => finding.ToString());
            var hidden = unsuppressed.Findings.Where(Covered).Select(finding => finding.ToString());
            return report.Findings.Select(finding => finding.ToString()).SequenceEqual(keep)
                && report.SuppressedFindings.Select(finding => finding.ToString()).SequenceEqual(hidden)
                && report.SuppressedFindings.All(finding => finding.Suppression == suppression);
        });
}
