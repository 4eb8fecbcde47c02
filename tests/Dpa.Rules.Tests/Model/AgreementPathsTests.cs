using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Testing;
using Dpa.Rules.Validation;
using FsCheck.Fluent;
using NodaTime;

namespace Dpa.Rules.Tests.Model;

/// <summary>The paths findings report are paths of the agreement format, as its JSON Schema (docs/schema) describes it.</summary>
public sealed partial class AgreementPathsTests
{
    private static readonly JsonObject Schema = AgreementJson.GetSchema();

    [Fact]
    public void EveryGeneratedPath_IsInTheSchema()
    {
        var paths = new List<string>();
        Collect(typeof(AgreementPaths), paths);

        Assert.True(paths.Count > 200, $"only {paths.Count} paths were generated");
        var missing = paths.Where(path => !ExistsInSchema(path)).ToList();
        Assert.True(missing.Count == 0, "Not in the schema: " + string.Join(", ", missing));
    }

    [Fact]
    public void Fill_PutsTheIndicesInOrder()
    {
        Assert.Equal("$.parties.controllers[2].contacts[10].email", AgreementPaths.Parties.Controllers.Contacts.Email(2, 10));
        Assert.Equal("$.subProcessing.subProcessors[0].locations[3]", AgreementPaths.SubProcessing.SubProcessors.Locations.At(0, 3));
        Assert.Equal("$.breach.deadline", AgreementPaths.Breach.Deadline);
    }

    [Fact]
    public void EveryPathTheCatalogReports_IsInTheSchema()
    {
        // The examples, in both modes and at several dates, and a thousand generated agreements: every finding's path.
        var agreements = Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Select(AgreementJson.LoadFile)
            .Concat(AgreementGenerators.Agreement.Sample(1000, 20));
        var reported = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var agreement in agreements)
        {
            foreach (var (asOf, mode) in new[] { (new LocalDate(2026, 11, 25), ValidationMode.FromStatus), (new LocalDate(2019, 1, 1), ValidationMode.Executed) })
            {
                var report = AgreementValidator.Default.Validate(agreement, ValidationOptions.Default with { AsOf = asOf, Mode = mode });
                foreach (var finding in report.Findings)
                {
                    reported.Add(Index().Replace(finding.Path, "[#]"));
                }
            }
        }

        Assert.True(reported.Count > 60, $"only {reported.Count} distinct paths were reported");
        var missing = reported.Where(path => !ExistsInSchema(path)).ToList();
        Assert.True(missing.Count == 0, "Not in the schema: " + string.Join(", ", missing));
    }

    private static void Collect(Type type, List<string> paths)
    {
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            paths.Add((string)field.GetRawConstantValue()!);
        }

        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.ReturnType == typeof(string) && m.Name != "Fill"))
        {
            paths.Add(Index().Replace((string)method.Invoke(null, [.. method.GetParameters().Select(_ => (object)0)])!, "[#]"));
        }

        foreach (var nested in type.GetNestedTypes())
        {
            Collect(nested, paths);
        }
    }

    /// <summary>Follows the path through the schema's properties, items, references and alternatives.</summary>
    private static bool ExistsInSchema(string path)
    {
        var segments = Segment().Matches(path).Select(m => m.Value).ToList();
        IEnumerable<JsonNode> current = [Schema];
        foreach (var segment in segments)
        {
            current = current.SelectMany(Expand)
                .Select(node => segment == "[#]" ? node["items"] : node["properties"]?[segment[1..]])
                .OfType<JsonNode>()
                .ToList();
        }

        return current.Any();
    }

    private static IEnumerable<JsonNode> Expand(JsonNode node)
    {
        if (node["$ref"] is { } reference)
        {
            // A JSON pointer from the root: the exporter refers to $defs and to the first place a type occurs.
            JsonNode target = Schema;
            foreach (var token in ((string)reference!).TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]!;
            }

            return Expand(target);
        }

        return node["anyOf"] is JsonArray alternatives ? [node, .. alternatives.OfType<JsonNode>().SelectMany(Expand)] : [node];
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"\.[A-Za-z0-9$]+|\[#\]")]
    private static partial Regex Segment();
}
