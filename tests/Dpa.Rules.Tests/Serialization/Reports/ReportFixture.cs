using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Dpa.Rules.Tests.Serialization.Reports;

/// <summary>One validation run over three files, as the CLI makes it: a real example with findings of every severity, facts
/// and a suppressed finding; a second example without findings; and a file that does not load. Never the real clock.</summary>
internal static class ReportFixture
{
    public const string PlanningFile = "examples/000-planning-nl.json";
    public const string SmartProductionFile = "examples/001-smart-production.json";

    // Given with a backslash, as on Windows: reports must show forward slashes.
    // With the platform's separator: '\\' separates directories only on Windows (elsewhere it is part of a file name).
    public static readonly string BrokenFile = Path.Combine("examples", "broken.json");

    public const string Justification = "Accepted by the DPO after negotiation";

    public static readonly LocalDate AsOf = new(2026, 11, 25);

    /// <summary>Error citing GDPR Art. 28(3)(h), at a path the file contains.</summary>
    public static readonly RuleDescriptor AuditRule = Host("DPA8901", RuleSeverity.Error, LegalReference.Gdpr("28", "3", "h"), LegalReference.Scc2021915("7.6", "c"));

    /// <summary>Warning citing GDPR Art. 28(3)(f), with facts.</summary>
    public static readonly RuleDescriptor BreachRule = Host("DPA7901", RuleSeverity.Warning, LegalReference.Gdpr("33", "2"), LegalReference.Gdpr("28", "3", "f"));

    /// <summary>Error citing GDPR Art. 28(4), suppressed.</summary>
    public static readonly RuleDescriptor LocationRule = Host("DPA4901", RuleSeverity.Error, LegalReference.Gdpr("28", "4"));

    /// <summary>Info citing GDPR Art. 28(9), at a property the file does not contain.</summary>
    public static readonly RuleDescriptor FormRule = Host("DPA1901", RuleSeverity.Info, LegalReference.Gdpr("28", "9"));

    /// <summary>Warning citing GDPR Art. 28(3)(c) that never fires: SARIF must still list it.</summary>
    public static readonly RuleDescriptor SecurityRule = Host("DPA6901", RuleSeverity.Warning, LegalReference.Gdpr("28", "3", "c"));

    public static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    public static RuleSet PlanningRules { get; } = RuleSet.Create(
        new NoObjectionRightRule(),
        new FixedRule(AuditRule, "$.audits"),
        new FixedRule(BreachRule, "$.breach.deadline", new FindingFact("processorDeadline", "PT24H"), new FindingFact("controllerHoursLeft", "48")),
        new FixedRule(LocationRule, "$.subProcessing.subProcessors[0].locations[0]"),
        new FixedRule(FormRule, "$.subProcessing.objectionRight"),
        new FixedRule(SecurityRule, null));

    public static ValidationOptions PlanningOptions { get; } = ValidationOptions.Default with
    {
        AsOf = AsOf,
        Suppressions =
        [
            new Suppression
            {
                RuleId = LocationRule.Id,
                Path = "$.subProcessing.subProcessors[0].locations[0]",
                Justification = Justification,
                Approver = "DPO",
                ExpiresOn = new LocalDate(2027, 6, 30),
            },
        ],
    };

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, relativePath));

    public static byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Path.Combine(RepositoryRootAttribute.Value, relativePath));

    public static ValidationRun CreateRun(bool withLines = true)
    {
        var planning = Validate(PlanningFile, new AgreementValidator(PlanningRules, PlanningOptions, Clock), withLines);
        var smart = Validate(SmartProductionFile, new AgreementValidator(RuleSet.Create(new NoObjectionRightRule()), ValidationOptions.Default with { AsOf = AsOf }, Clock), withLines);
        AgreementResult broken;
        try
        {
            AgreementJson.Parse("{\n  \"formatVersion\": 1,\n  \"document\": 5\n}\n");
            throw new InvalidOperationException("The broken document loaded.");
        }
        catch (AgreementFormatException error)
        {
            broken = AgreementResult.LoadFailed(BrokenFile, error);
        }

        return new ValidationRun([planning, smart, broken], [.. PlanningRules.Rules.Select(r => r.Descriptor), .. EngineRules.All], AsOf);
    }

    /// <summary>1-based line of the first line containing <paramref name="text"/> at or after line <paramref name="from"/>.</summary>
    public static int LineOf(string document, string text, int from = 1)
    {
        var lines = document.Split('\n');
        for (var i = from - 1; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{text}' not found after line {from}.");
    }

    private static AgreementResult Validate(string file, AgreementValidator validator, bool withLines)
    {
        var bytes = ReadBytes(file);
        var agreement = AgreementJson.Load(bytes);
        var lines = withLines ? AgreementLineIndex.Create(bytes) : AgreementLineIndex.Empty;
        return AgreementResult.Validated(file, agreement, validator.Validate(agreement), lines);
    }

    private static RuleDescriptor Host(string id, RuleSeverity severity, params LegalReference[] references) => RuleDescriptor.Create(
        id,
        $"Test rule {id}",
        "Finding of " + id + " at '{0}'",
        $"A rule of the report tests, citing {string.Join("; ", references.Select(r => r.ToString()))}.",
        severity,
        new Uri($"https://example.com/rules/{id}"),
        references);

    /// <summary>Reports one finding at its default severity at a fixed path, with fixed facts; nothing when the path is null.</summary>
    internal sealed class FixedRule(RuleDescriptor descriptor, string? path, params FindingFact[] facts) : IAgreementRule
    {
        public RuleDescriptor Descriptor => descriptor;

        public void Evaluate(ProcessingAgreement agreement, RuleContext context)
        {
            if (path is not null)
            {
                context.Report(descriptor.DefaultSeverity, path, [.. facts], path);
            }
        }
    }
}
