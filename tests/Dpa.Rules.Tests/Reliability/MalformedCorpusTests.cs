using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>Every document of the committed malformed corpus gives an <see cref="AgreementFormatException"/> with the path, line and
/// reason its manifest records, quickly; the corpus is what <see cref="MalformedCorpus"/> generates.</summary>
public sealed class MalformedCorpusTests
{
    private static readonly string ManifestPath = Path.Combine(MalformedCorpus.Directory, "manifest.json");

    private static readonly JsonSerializerOptions ManifestOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    [Fact]
    public void Corpus_IsTheGeneratorsOutput()
    {
        var cases = MalformedCorpus.Build().Where(c => c.Committed).ToList();
        if (MalformedCorpus.Updating)
        {
            Write(cases);
        }

        var manifest = ReadManifest();
        Assert.True(manifest.Count >= 100, $"The corpus has {manifest.Count} documents; at least 100 are required.");
        Assert.Equal(cases.Select(c => (c.File, c.Path, c.Reason, c.Line, c.Exact)), manifest.Select(c => (c.File, c.Path, c.Reason, c.Line, c.Exact)));
        foreach (var expected in cases)
        {
            Assert.True(
                expected.Content.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(MalformedCorpus.Directory, expected.File))),
                $"{expected.File} differs from the generator's output; run the tests with DPA_UPDATE_CORPUS=1.");
        }

        Assert.Equal(manifest.Count + 1, Directory.GetFiles(MalformedCorpus.Directory, "*.json").Length);
    }

    [Fact]
    public void EveryCorpusDocument_GivesATypedErrorNamingPathAndLine()
    {
        var manifest = ReadManifest();
        var failures = manifest
            .Select(expected => Check(expected, File.ReadAllBytes(Path.Combine(MalformedCorpus.Directory, expected.File))))
            .OfType<string>()
            .ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} of {manifest.Count} corpus documents:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void EveryGeneratedMutation_CommittedOrNot_GivesATypedErrorNamingPathAndLine()
    {
        var cases = MalformedCorpus.Build();
        var failures = cases.Select(expected => Check(expected, expected.Content)).OfType<string>().ToList();

        Assert.True(cases.Count >= 1000, $"The generator made only {cases.Count} documents.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} generated documents:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void CorpusDocument_ReadFromAFile_NamesTheFile()
    {
        var first = ReadManifest().First(c => c.Line > 0);
        var file = Path.Combine(MalformedCorpus.Directory, first.File);

        var ex = Assert.Throws<AgreementFormatException>(() => AgreementJson.LoadFile(file));

        Assert.Equal(file, ex.FileName);
        Assert.StartsWith(file + ": line " + first.Line, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Reads one malformed document; returns what is wrong with the error, or null when it is as expected.</summary>
    private static string? Check(CorpusCase expected, byte[] bytes)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var error = Catch(() => AgreementJson.Load(bytes));
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (error is not AgreementFormatException ex)
        {
            return $"{expected.File}: expected AgreementFormatException, got {error?.GetType().Name ?? "an agreement"}: {error?.Message}";
        }

        var problems = new List<string>();
        if (expected.Exact ? ex.Path != expected.Path : !ex.Path.StartsWith(expected.Path, StringComparison.Ordinal))
        {
            problems.Add($"path '{ex.Path}', expected {(expected.Exact ? "exactly" : "below")} '{expected.Path}'");
        }

        if (!ex.Reason.Contains(expected.Reason, StringComparison.Ordinal))
        {
            problems.Add($"reason '{ex.Reason}' lacks '{expected.Reason}'");
        }

        if (ex.LineNumber < 1 || (expected.Line > 0 && ex.LineNumber != expected.Line))
        {
            problems.Add($"line {ex.LineNumber}, expected {(expected.Line > 0 ? expected.Line : "at least 1")}");
        }

        if (!ex.Message.Contains(ex.Path, StringComparison.Ordinal))
        {
            problems.Add("the message does not name the path");
        }

        // Loose bounds: a malformed document of a few KiB must never take long or allocate much.
        if (watch.Elapsed > TimeSpan.FromSeconds(2) || allocated > 64L * 1024 * 1024)
        {
            problems.Add($"took {watch.Elapsed.TotalMilliseconds:F0} ms and {allocated / 1024} KiB");
        }

        return problems.Count == 0 ? null : $"{expected.File}: {string.Join("; ", problems)}";
    }

    private static Exception? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
#pragma warning disable CA1031 // Any exception is recorded: the test is that only one type ever escapes.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex;
        }
    }

    private static List<CorpusCase> ReadManifest()
    {
        var root = JsonNode.Parse(File.ReadAllText(ManifestPath))!;
        return [.. root["cases"]!.AsArray().Select(node => new CorpusCase(
            (string)node!["file"]!, [], (string)node["path"]!, (string)node["reason"]!, (int)node["line"]!, Exact: (bool?)node["exact"] ?? false))];
    }

    private static void Write(IReadOnlyList<CorpusCase> cases)
    {
        Directory.CreateDirectory(MalformedCorpus.Directory);
        foreach (var old in Directory.GetFiles(MalformedCorpus.Directory, "*.json"))
        {
            File.Delete(old);
        }

        foreach (var item in cases)
        {
            File.WriteAllBytes(Path.Combine(MalformedCorpus.Directory, item.File), item.Content);
        }

        var manifest = new JsonObject
        {
            ["source"] = "source/" + MalformedCorpus.BaseExample + " (a copy of examples/" + MalformedCorpus.BaseExample + ")",
            ["generator"] = "tests/Dpa.Rules.Tests/Reliability/MalformedCorpus.cs (run the tests with DPA_UPDATE_CORPUS=1)",
            ["cases"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["file"] = c.File,
                ["path"] = c.Path,
                ["reason"] = c.Reason,
                ["line"] = c.Line,
                ["exact"] = c.Exact,
            })]),
        };
        File.WriteAllText(ManifestPath, manifest.ToJsonString(ManifestOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }
}
