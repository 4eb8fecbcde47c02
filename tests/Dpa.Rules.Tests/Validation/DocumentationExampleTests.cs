using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Dpa.Rules.Tests.Validation;

// begin-snippet: custom-rule
/// <summary>House policy: every sub-processor must be on the company's approved list.</summary>
internal sealed class ApprovedSubProcessorsRule(ImmutableHashSet<string> approved) : IAgreementRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        "DPA4901",
        "Sub-processor not on the approved list",
        "Sub-processor '{0}' is not on the approved list",
        "The company engages only sub-processors that procurement has approved.",
        RuleSeverity.Warning,
        new Uri("https://intranet.example.com/privacy/rules/DPA4901"),
        LegalReference.Gdpr("28", "2"));

    public RuleDescriptor Descriptor => Rule;

    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            var name = subProcessors[i].Name;
            if (name.IsStated && !approved.Contains(name.Text))
            {
                // Paths are JSON paths of the agreement format; the name is allowed in messages.
                context.Report($"$.subProcessing.subProcessors[{i}].name", name.Text);
            }
        }
    }
}
// end-snippet

public sealed class DocumentationExampleTests
{
    private static readonly string[] Snippets = ["custom-rule", "compose"];

    [Fact]
    public void ComposedValidator_ReportsDPA4901()
    {
        IClock clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 9, 0));
        var agreement = Catalog.TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.Specific,
                SubProcessors = [new SubProcessor { Name = "Hosting B.V." }, new SubProcessor { Name = "Mailer Inc." }],
            },
        };

        // begin-snippet: compose
        var rules = RuleSet.Default
            .Without(RuleCategory.Transfers)
            .With(new ApprovedSubProcessorsRule(["Hosting B.V."])
                .When(a => a.Document.Status != AgreementStatus.Template));

        var options = ValidationOptions.Default
            .WithSeverity(RuleId.Parse("DPA4901"), RuleSeverity.Error)
            .WithSuppression(new Suppression
            {
                RuleId = RuleId.Parse("DPA4004"),
                Justification = "Objection right agreed in the main agreement, clause 12.",
                Approver = "Privacy officer",
                ExpiresOn = new LocalDate(2027, 6, 30),
            }) with { Culture = CultureInfo.GetCultureInfo("nl") };

        var validator = new AgreementValidator(rules, options, clock);
        var report = validator.Validate(agreement);
        // end-snippet

        var finding = report.Findings.Single(finding => finding.RuleId == ApprovedSubProcessorsRule.Rule.Id);
        Assert.Equal("$.subProcessing.subProcessors[1].name", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("Sub-processor 'Mailer Inc.' is not on the approved list", finding.Message);
        Assert.False(report.IsValid);
        Assert.Equal(new LocalDate(2026, 11, 25), report.AsOf);
        Assert.DoesNotContain(report.Rules, rule => rule.Category == RuleCategory.Transfers);
    }

    [Fact]
    public void ComposedValidator_OnATemplate_DoesNotReportDPA4901()
    {
        var agreement = Catalog.TestAgreements.Minimal(AgreementStatus.Template) with
        {
            SubProcessing = new SubProcessingTerms { SubProcessors = [new SubProcessor { Name = "Mailer Inc." }] },
        };
        var rule = new ApprovedSubProcessorsRule(["Hosting B.V."]).When(a => a.Document.Status != AgreementStatus.Template);

        var report = new AgreementValidator(RuleSet.Create(rule), ValidationFixture.Options, ValidationFixture.Clock).Validate(agreement);

        Assert.Empty(report.Findings);
    }

    [Theory]
    [MemberData(nameof(SnippetNames))]
    public void Docs_ShowTheTestedCode(string snippet)
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "tests", "Dpa.Rules.Tests", "Validation", "DocumentationExampleTests.cs"));
        var docs = File.ReadAllLines(Path.Combine(RepositoryRootAttribute.Value, "docs", "validation.md"));

        var tested = Dedent(Between(source, l => l.Trim() == $"// begin-snippet: {snippet}", l => l.Trim() == "// end-snippet"));
        var documented = Between(Between(docs, l => l.Trim() == $"<!-- snippet: {snippet} -->", l => l.Trim() == "<!-- end-snippet -->"), l => l.StartsWith("```csharp", StringComparison.Ordinal), l => l == "```");

        Assert.Equal(string.Join('\n', tested), string.Join('\n', documented));
    }

    public static TheoryData<string> SnippetNames => [.. Snippets];

    private static List<string> Between(IReadOnlyList<string> lines, Func<string, bool> start, Func<string, bool> end)
    {
        var from = lines.ToList().FindIndex(l => start(l));
        Assert.True(from >= 0, "Snippet start marker not found.");
        var to = lines.ToList().FindIndex(from + 1, l => end(l));
        Assert.True(to > from, "Snippet end marker not found.");
        return [.. lines.Skip(from + 1).Take(to - from - 1)];
    }

    private static List<string> Dedent(List<string> lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return [.. lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())];
    }
}
