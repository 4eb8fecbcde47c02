using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Dpa.Rules.Tests.Cli;

/// <summary>The GitHub Actions workflow and the pre-commit hook of docs/ci.md (eng/ci/): the workflow is valid YAML of the
/// expected shape, its problem matcher reads the tool's one-line format, and every <c>dpa-rules</c> command in them is one the
/// tool accepts (run on the examples: exit code 0 or 1, never 2 for a usage error).</summary>
public sealed partial class CiWorkflowTests
{
    private static string Ci => Path.Combine(RepositoryRootAttribute.Value, "eng", "ci");

    [Fact]
    public void Workflow_ParsesAndUploadsSarifToCodeScanning()
    {
        var yaml = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(Path.Combine(Ci, "dpa-rules.yml"))))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        Assert.Equal("write", Scalar(Map(root, "permissions"), "security-events"));
        var steps = (YamlSequenceNode)Map(Map(root, "jobs"), "validate")[new YamlScalarNode("steps")];
        var stepMaps = steps.Children.Cast<YamlMappingNode>().ToList();
        Assert.Contains(stepMaps, step => Scalar(step, "run")?.Contains("dotnet tool install --global Dpa.Rules.Cli", StringComparison.Ordinal) == true);

        var upload = Assert.Single(stepMaps, step => Scalar(step, "uses")?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        var sarifFile = Scalar(Map(upload, "with"), "sarif_file");
        Assert.Contains(Commands(File.ReadAllText(Path.Combine(Ci, "dpa-rules.yml"))), command => command.EndsWith("--format sarif --output " + sarifFile, StringComparison.Ordinal));
    }

    [Fact]
    public void ProblemMatcher_ReadsTheOneLineFormat()
    {
        using var matcher = JsonDocument.Parse(File.ReadAllText(Path.Combine(Ci, "dpa-rules-matcher.json")));
        var pattern = matcher.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        var regex = new Regex(pattern.GetProperty("regexp").GetString()!);
        Assert.Matches(regex, "dpas/broken.json(3,16): error: Expected an object. (at $.document)");
        Assert.DoesNotMatch(regex, "examples/002-simplicate.json(12,3): info DPA1003: A blank to fill in");
        var match = regex.Match("examples/002-simplicate.json(273,5): warning DPA4002: Sub-processors are engaged");
        Assert.True(match.Success);
        Assert.Equal("examples/002-simplicate.json", match.Groups[pattern.GetProperty("file").GetInt32()].Value);
        Assert.Equal("273", match.Groups[pattern.GetProperty("line").GetInt32()].Value);
        Assert.Equal("5", match.Groups[pattern.GetProperty("column").GetInt32()].Value);
        Assert.Equal("warning", match.Groups[pattern.GetProperty("severity").GetInt32()].Value);
        Assert.Equal("DPA4002", match.Groups[pattern.GetProperty("code").GetInt32()].Value);
        Assert.Equal("Sub-processors are engaged", match.Groups[pattern.GetProperty("message").GetInt32()].Value);
    }

    public static TheoryData<string, string> CommandsOfTheFiles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in (string[])["dpa-rules.yml", "pre-commit"])
            {
                foreach (var command in Commands(File.ReadAllText(Path.Combine(Ci, file))))
                {
                    data.Add(file, command);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CommandsOfTheFiles))]
    public void EveryCommand_IsOneTheToolAccepts(string file, string command)
    {
        using var directory = new CliTestSupport.TempDirectory();
        var examples = Directory.GetFiles(Path.Combine(RepositoryRootAttribute.Value, "examples"), "*.json").Order(StringComparer.Ordinal).ToArray();
        var arguments = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .SelectMany(word => word switch
            {
                "agreements/*.json" or "$files" => examples,
                _ when word.EndsWith(".sarif", StringComparison.Ordinal) => [Path.Combine(directory.Path, word)],
                _ => [word],
            })
            .ToArray();

        var (exitCode, output, error) = CliTestSupport.Run(arguments);
        Assert.True(exitCode is 0 or 1, $"{file}: '{command}' exited with {exitCode}: {error}");
        Assert.Equal(string.Empty, error);
        Assert.True(output.Length > 0 || File.Exists(Path.Combine(directory.Path, "dpa-rules.sarif")), $"{file}: '{command}' wrote nothing.");
    }

    [Fact]
    public void BothFiles_CallTheTool()
    {
        Assert.Equal(3, Commands(File.ReadAllText(Path.Combine(Ci, "dpa-rules.yml"))).Count + Commands(File.ReadAllText(Path.Combine(Ci, "pre-commit"))).Count);
    }

    /// <summary>The <c>dpa-rules …</c> command lines of a script or workflow, up to a shell operator.</summary>
    private static List<string> Commands(string text) =>
        [.. text.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("dpa-rules ", StringComparison.Ordinal))
            .Select(line => ShellOperator().Split(line)[0].Trim())];

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    [GeneratedRegex(@"\s(\|\||&&|;|\|)\s")]
    private static partial Regex ShellOperator();
}
