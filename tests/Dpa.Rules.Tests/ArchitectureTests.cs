using System.Text.RegularExpressions;

namespace Dpa.Rules.Tests;

/// <summary>The layers of docs/architecture.md hold: each namespace uses only the layers below it, and no source file grows
/// past 400 lines (generated code aside).</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Source = Path.Combine(RepositoryRootAttribute.Value, "src", "Dpa.Rules");

    // Each folder (namespace) and what it may use; nothing points back.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Utility"] = [],
        ["Model"] = ["Utility"],
        ["Time"] = ["Model", "Utility"],
        ["Authoring"] = ["Model", "Time", "Utility"],
        ["Catalog"] = ["Authoring", "Model", "Time", "Utility"],
        ["Validation"] = ["Authoring", "Catalog", "Model", "Time", "Utility"],
        ["Serialization"] = ["Authoring", "Catalog", "Validation", "Model", "Time", "Utility"],
        ["DependencyInjection"] = ["Authoring", "Catalog", "Validation", "Serialization", "Model", "Time", "Utility"],
    };

    [Fact]
    public void EveryNamespace_UsesOnlyTheLayersBelowIt()
    {
        var violations = new List<string>();
        foreach (var (layer, allowed) in Allowed)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Source, layer), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match use in Using().Matches(File.ReadAllText(file)))
                {
                    var used = use.Groups[1].Value;
                    if (used != layer && !allowed.Contains(used))
                    {
                        violations.Add($"{Path.GetRelativePath(Source, file)} uses Dpa.Rules.{used}");
                    }
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Equal(
            Allowed.Keys.Order(StringComparer.Ordinal),
            Directory.GetDirectories(Source).Select(Path.GetFileName).Where(d => d is not ("bin" or "obj")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCli_UsesOnlyThePublicApi()
    {
        var project = File.ReadAllText(Path.Combine(Source, "Dpa.Rules.csproj"));

        Assert.DoesNotContain("dpa-rules", project, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSourceFile_IsLongerThan400Lines()
    {
        var sources = Path.Combine(RepositoryRootAttribute.Value, "src");
        var tooLong = Directory.GetFiles(sources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".g.cs", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(sources, f), Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > 400)
            .ToList();

        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong.Select(f => $"{f.File}: {f.Lines} lines")));
    }

    [GeneratedRegex(@"^using Dpa\.Rules\.([A-Za-z]+)", RegexOptions.Multiline)]
    private static partial Regex Using();
}
