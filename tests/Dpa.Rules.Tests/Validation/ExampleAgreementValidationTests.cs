using Dpa.Rules.Serialization;
using Dpa.Rules.Validation;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Validation;

/// <summary>The whole catalog over the real agreements in <c>examples/</c>: no rule may crash on them, and reports are deterministic.</summary>
public sealed class ExampleAgreementValidationTests
{
    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_InEveryMode_DoesNotReportDPA0001(string file)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));
        var validator = Validator(RuleSet.Default);

        foreach (var mode in Enum.GetValues<ValidationMode>())
        {
            var report = validator.Validate(agreement, Options with { Mode = mode });

            Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == "DPA0001");
            Assert.Equal(RuleSet.Default.Count + 3, report.Rules.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_GivesTheSameReportOnEveryThread(string file)
    {
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));
        var validator = Validator(RuleSet.Default);
        var expected = Describe(validator.Validate(agreement));
        var reports = new string[32];

        Parallel.For(0, reports.Length, i => reports[i] = Describe(validator.Validate(agreement)));

        Assert.All(reports, report => Assert.Equal(expected, report));
    }
}
