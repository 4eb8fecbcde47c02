using System.Globalization;
using System.Text.Json.Nodes;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Tests.Catalog;
using Dpa.Rules.Tests.Generators;
using Dpa.Rules.Time;
using Dpa.Rules.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>No message, fact, explanation or error echoes free text of an agreement beyond the names of parties and sub-processors.</summary>
/// <remarks><para>A sentinel is written into every free-text field the format accepts it in (found by trying each string of the
/// document), then everything the library says about the agreement is searched for it. Where the format does not accept the
/// sentinel (an enum, a date, a zone…), the error must not quote it either.</para></remarks>
public sealed class PrivacyTests
{
    private const string Sentinel = "SENTINEL-7f3a";

    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("nl")];

    public static TheoryData<string> Examples =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_WithASentinelInEveryFreeTextField_IsNeverEchoed(string file)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "examples", file));

        var (agreement, fields, leaks) = Sentinelize(json);

        Assert.True(fields >= 20, $"Only {fields} free-text fields took the sentinel.");
        Assert.Empty(leaks);
        Assert.Empty(Echoes(agreement));
    }

    [Property(MaxTest = 25)]
    public Property GeneratedAgreement_WithASentinelInEveryFreeTextField_IsNeverEchoed() =>
        Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), generated =>
        {
            var (agreement, _, leaks) = Sentinelize(AgreementJson.ToJson(generated));
            var echoes = leaks.Concat(Echoes(agreement)).ToList();
            return echoes.Count == 0 ? true : throw new InvalidOperationException(string.Join("\n", echoes));
        });

    [Fact]
    public void MinimalAgreement_WithSentinelsInItsFewTexts_IsNeverEchoed()
    {
        // Few facts stated: the rules about missing clauses fire, and their messages must not pick up the text that is there.
        var agreement = new ProcessingAgreement
        {
            Document = new AgreementDocument { Status = AgreementStatus.Draft, Title = Sentinel + " title", Forum = TextValue.Placeholder("[" + Sentinel + "]") },
            Parties = new Parties
            {
                Processor = new Party { Name = "Verwerker B.V.", Address = Sentinel, Contacts = [new Contact { Role = ContactRole.Breach, Name = Sentinel, Email = Sentinel }] },
                Controllers = [new Party { Name = TextValue.Placeholder("[NAAM]"), IdentifiedBy = Sentinel }],
            },
            Processing = new ProcessingDescription { SubjectMatter = Sentinel, Purposes = [Sentinel] },
            Liability = new LiabilityTerms { Cap = new LiabilityCap { Description = Sentinel } },
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.General,
                ListUrl = Sentinel,
                SubProcessors = [new SubProcessor { Name = "Hosting B.V.", Service = Sentinel, Locations = [CountryCode.Parse("US")] }],
            },
        };

        Assert.Empty(Echoes(agreement));
    }

    [Fact]
    public void Search_FindsASubProcessorNameTheRulesDoQuote()
    {
        // The search itself must work: a name is allowed in messages, and DPA5002 (transfer without a basis) names the sub-processor.
        var agreement = TestAgreements.Minimal() with
        {
            SubProcessing = new SubProcessingTerms
            {
                Authorisation = SubProcessorAuthorisation.Specific,
                SubProcessors = [new SubProcessor { Name = Sentinel + " Hosting Inc.", Locations = [CountryCode.Parse("US")] }],
            },
        };

        Assert.Contains(Echoes(agreement), echo => echo.StartsWith("DPA5002", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"status\": SENTINEL-7f3a")]
    [InlineData("\"status\": \"SENTINEL-7f3a")]
    [InlineData("\"status\": \"executed\" \"SENTINEL-7f3a\": 1")]
    [InlineData("\"status\": \"executed\", \"title\": \"SENTINEL-7f3a\" \"x\"")]
    [InlineData("\"status\": \"executed\", \"title\": [\"SENTINEL-7f3a\"]")]
    [InlineData("\"status\": \"executed\", \"title\": { \"placeholder\": \"SENTINEL-7f3a\", \"x\": 1 }")]
    [InlineData("\"status\": \"executed\", \"title\": \"SENTINEL-7f3a\\u\"")]
    public void MalformedJson_AroundASentinel_ErrorDoesNotQuoteIt(string documentMembers)
    {
        var json = "{ \"formatVersion\": 1, \"parties\": { \"processor\": {} }, \"document\": { " + documentMembers + " } }";

        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.Parse(json));

        Assert.DoesNotContain(Sentinel, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sentinel, ex.InnerException?.Message ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Puts the sentinel into every string of <paramref name="json"/> that the format accepts it in, except the names of
    /// parties and sub-processors and the clause references; returns the agreement, how many fields took it, and every error
    /// that quoted it.</summary>
    private static (ProcessingAgreement Agreement, int Fields, List<string> Leaks) Sentinelize(string json)
    {
        var root = JsonNode.Parse(json)!;
        var leaks = new List<string>();
        var fields = 0;
        foreach (var (parent, key, path) in Leaves(root, "$"))
        {
            // Clause references ("clauses": { "deadline": ["7.1"] }) are the contract's numbering, which findings quote by design
            // (docs/report-format.md, findings[].clauses), not free text of the agreement.
            if (key is "$schema" || IsName(path) || path.Contains(".clauses.", StringComparison.Ordinal))
            {
                continue;
            }

            var original = Get(parent, key);
            Set(parent, key, JsonValue.Create($"{Sentinel} {fields}"));
            try
            {
                AgreementJson.Parse(root.ToJsonString());
                fields++;
            }
            catch (AgreementFormatException ex)
            {
                if (ex.Message.Contains(Sentinel, StringComparison.Ordinal) || (ex.InnerException?.Message.Contains(Sentinel, StringComparison.Ordinal) ?? false))
                {
                    leaks.Add($"The error for a sentinel at {path} quotes it: {ex.Message}");
                }

                Set(parent, key, original);
            }
        }

        return (AgreementJson.Parse(root.ToJsonString()), fields, leaks);
    }

    /// <summary>Everything the library says about <paramref name="agreement"/> that contains the sentinel.</summary>
    private static List<string> Echoes(ProcessingAgreement agreement)
    {
        var said = new List<(string Where, string Text)>();
        var validator = Validator(RuleSet.Default);
        foreach (var mode in Enum.GetValues<ValidationMode>())
        {
            foreach (var culture in Cultures)
            {
                var report = validator.Validate(agreement, Options with { Mode = mode, Culture = culture });
                foreach (var finding in report.Findings.Concat(report.SuppressedFindings))
                {
                    var where = $"{finding.RuleId} ({mode}, {culture.Name})";
                    said.Add((where + " message", finding.Message));
                    said.Add((where + " path", finding.Path));
                    said.AddRange(finding.Facts.Select(fact => (where + " fact " + fact.Name, fact.Value)));
                }
            }
        }

        var english = validator.Validate(agreement, Options);
        var run = new ValidationRun([AgreementResult.Validated("agreement.json", agreement, english, AgreementLineIndex.Empty)], english.Rules, english.AsOf);
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            said.Add(($"{format} report", ReportWriter.Format(run, format)));
        }

        var schedule = RetentionSchedule.Compute(agreement, new LocalDate(2026, 3, 31));
        foreach (var deadline in schedule.Deadlines)
        {
            said.Add(("schedule " + deadline.Name, deadline.Name + " " + deadline.Description + " " + deadline.Path + " " + deadline.Deadline));
            said.AddRange(deadline.Steps.Select(step => ("schedule step", step)));
            said.AddRange(deadline.Deadline.Explain().Select(step => ("deadline step", step)));
        }

        said.AddRange(schedule.Unscheduled.Select(text => ("unscheduled", text)));
        var timeline = BreachTimeline.Compute(agreement, Instant.FromUtc(2026, 3, 27, 16, 30));
        said.AddRange(timeline.Steps.Select(step => ("breach step", step)));
        return [.. said.Where(s => s.Text.Contains(Sentinel, StringComparison.Ordinal)).Select(s => $"{s.Where}: {s.Text}")];
    }

    private static bool IsName(string path) =>
        (path.StartsWith("$.parties.", StringComparison.Ordinal) && !path.Contains(".contacts", StringComparison.Ordinal) && path.EndsWith(".name", StringComparison.Ordinal))
        || (path.StartsWith("$.parties.", StringComparison.Ordinal) && !path.Contains(".contacts", StringComparison.Ordinal) && path.EndsWith(".name.placeholder", StringComparison.Ordinal))
        || (path.StartsWith("$.subProcessing.subProcessors[", StringComparison.Ordinal) && (path.EndsWith("].name", StringComparison.Ordinal) || path.EndsWith("].name.placeholder", StringComparison.Ordinal)));

    /// <summary>Every string value and its place, to be written over; numbers and booleans too, since the sentinel is a wrong type there.</summary>
    private static List<(JsonNode Parent, object Key, string Path)> Leaves(JsonNode node, string path)
    {
        var leaves = new List<(JsonNode, object, string)>();
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    Add(obj, name, child, path + "." + name);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Add(array, i, array[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                }

                break;
            default:
                break;
        }

        return leaves;

        void Add(JsonNode parent, object key, JsonNode? child, string childPath)
        {
            if (child is JsonValue)
            {
                leaves.Add((parent, key, childPath));
            }
            else if (child is not null)
            {
                leaves.AddRange(Leaves(child, childPath));
            }
        }
    }

    private static JsonNode? Get(JsonNode parent, object key) => key is int i ? parent[i] : parent[(string)key];

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (value?.Parent is not null)
        {
            value = value.DeepClone();
        }

        if (key is int i)
        {
            parent[i] = value;
        }
        else
        {
            parent[(string)key] = value;
        }
    }
}
