using Dpa.Rules.Authoring;
using Dpa.Rules.Serialization;
using Dpa.Rules.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Dpa.Rules.Tests.Examples;

/// <summary>The exact active findings of the whole catalog on each seed agreement in <c>examples/</c>, as a reviewer signed
/// them off against the Dutch seed text (<c>Examples/Expected/{example}.txt</c>, explained in <c>docs/examples/</c>).</summary>
/// <remarks><para>Each expected finding follows a comment that cites the clause and the law. A change to a rule or an
/// example that changes a seed's findings must change the expected file on purpose, with the example's docs page.</para></remarks>
public sealed class SeedFindingsTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 25);

    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Seed_GetsExactlyTheReviewedFindings(string example)
    {
        var report = Validate(example, RuleSet.Default);

        Assert.Equal(Expected(example).Findings, report.Findings.Select(Line));
        Assert.Empty(report.SuppressedFindings);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Seed_EachCategoryAlone_GetsItsShareOfTheFindings(string example)
    {
        var expected = Expected(example).Findings;
        foreach (var category in Enum.GetValues<RuleCategory>().Where(c => c != RuleCategory.Engine))
        {
            var prefix = "DPA" + (int)category;
            var found = Validate(example, RuleSet.Default.Only(category)).Findings.Where(f => f.RuleId.Category == category).Select(Line);

            Assert.Equal(expected.Where(line => line.StartsWith(prefix, StringComparison.Ordinal)), found);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Seed_ClausesThatAreFine_DoNotReport(string example)
    {
        var report = Validate(example, RuleSet.Default);
        var silent = Expected(example).Silent;

        Assert.NotEmpty(silent);
        foreach (var ruleId in silent)
        {
            Assert.Contains(report.Rules, rule => rule.Id.ToString() == ruleId);
            Assert.DoesNotContain(report.Findings, finding => finding.RuleId.ToString() == ruleId);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Templates_ReportTheirBlanksAsInfoOnly(string example)
    {
        // Seeds 003 ("[NAAM]", "[ADRES]", …) and 004 ("<bedrijfsnaam>", "<adres>", …) are fill-in models: their blanks are
        // expected, so the contract rules list them as information (severity policy: info = a template blank).
        var agreement = AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", example + ".json"));
        var blanks = Validate(example, RuleSet.Default.Only(RuleCategory.Contract)).Findings
            .Where(f => f.RuleId.ToString() is "DPA1002" or "DPA1003")
            .ToList();

        if (agreement.Document.Status == Dpa.Rules.Model.AgreementStatus.Template)
        {
            Assert.NotEmpty(blanks);
            Assert.All(blanks, f => Assert.Equal(RuleSeverity.Info, f.Severity));
        }
    }

    private static string Line(Finding finding) => $"{finding.RuleId} {finding.Severity} {finding.Path}";

    private static (string[] Findings, string[] Silent) Expected(string example)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "tests", "Dpa.Rules.Tests", "Examples", "Expected", example + ".txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        return ([.. lines.Where(l => !l.StartsWith('!'))], [.. lines.Where(l => l.StartsWith('!')).Select(l => l[1..])]);
    }

    private static ValidationReport Validate(string example, RuleSet rules)
    {
        var validator = new AgreementValidator(rules, ValidationOptions.Default with { AsOf = AsOf }, new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0)));
        return validator.Validate(AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", example + ".json")));
    }
}
