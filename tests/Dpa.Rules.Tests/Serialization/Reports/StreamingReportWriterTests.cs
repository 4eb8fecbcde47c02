using System.Text;
using System.Text.Json;
using Dpa.Rules.Serialization.Reports;

namespace Dpa.Rules.Tests.Serialization.Reports;

/// <summary>The streaming writer: the same bytes as the whole-run writer, whichever thread prepared which file; files that
/// cannot be read are named in every format; the writer keeps its contract on misuse.</summary>
public sealed class StreamingReportWriterTests
{
    public static TheoryData<ReportFormat> Formats => [ReportFormat.Text, ReportFormat.Json, ReportFormat.Sarif, ReportFormat.Msbuild, ReportFormat.Html];

    private static ValidationRun RunWithUnreadable()
    {
        var run = ReportFixture.CreateRun();
        return new ValidationRun([.. run.Results, AgreementResult.Unreadable("dpas/missing.json", "no such file.")], run.Rules, run.AsOf);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void PreparedOnManyThreads_WrittenInOrder_IsTheSameBytesAsTheWholeRun(ReportFormat format)
    {
        var run = RunWithUnreadable();
        // Many copies, so that the threads really interleave; each file name differs, as fingerprints depend on it.
        var results = Enumerable.Range(0, 40).SelectMany(i => run.Results.Select(r => Renamed(r, $"copy{i}/{r.FilePath}"))).ToList();
        var expected = ReportWriter.Format(new ValidationRun(results, run.Rules, run.AsOf), format);

        using var stream = new MemoryStream();
        var writer = new StreamingReportWriter(stream, format, run.Rules, run.AsOf, null);
        var prepared = new PreparedReportFile[results.Count];
        Parallel.For(0, results.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => prepared[results.Count - 1 - i] = writer.Prepare(results[results.Count - 1 - i]));
        foreach (var part in prepared)
        {
            writer.Write(part);
        }

        writer.Complete();
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(results.Count, writer.FileCount);
        Assert.True(writer.HasErrors);
        Assert.True(writer.HasLoadErrors);
    }

    [Fact]
    public void TextWriterAndStream_GiveTheSameText()
    {
        var run = RunWithUnreadable();
        using var text = new StringWriter();
        var writer = new StreamingReportWriter(text, ReportFormat.Sarif, run.Rules, run.AsOf, null);
        foreach (var result in run.Results)
        {
            writer.Write(result);
        }

        writer.Complete();
        Assert.Equal(ReportWriter.Format(run, ReportFormat.Sarif), text.ToString());
    }

    [Fact]
    public void UnreadableFile_IsNamedInEveryFormat()
    {
        var run = RunWithUnreadable();

        Assert.Contains("dpas/missing.json\n  Cannot be read: no such file.\n", ReportWriter.Format(run, ReportFormat.Text), StringComparison.Ordinal);
        Assert.Contains("dpas/missing.json: error: no such file.\n", ReportWriter.Format(run, ReportFormat.Msbuild), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(ReportWriter.Format(run, ReportFormat.Json));
        var file = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == "dpas/missing.json");
        Assert.Equal("unreadable", file.GetProperty("status").GetString());
        Assert.Equal("no such file.", file.GetProperty("error").GetProperty("message").GetString());
        Assert.False(file.GetProperty("error").TryGetProperty("line", out _));
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("notLoaded").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());

        var sarifText = ReportWriter.Format(run, ReportFormat.Sarif);
        Assert.True(SarifSchema.Evaluate(sarifText).IsValid, SarifSchema.Describe(SarifSchema.Evaluate(sarifText)));
        using var sarif = JsonDocument.Parse(sarifText);
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = invocation.GetProperty("toolExecutionNotifications").EnumerateArray()
            .Single(n => n.GetProperty("message").GetProperty("text").GetString() == "dpas/missing.json: no such file.");
        Assert.Equal("dpas/missing.json", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void EmptyRun_IsACompleteDocumentInEveryFormat()
    {
        var run = ReportFixture.CreateRun();
        foreach (var format in new[] { ReportFormat.Json, ReportFormat.Sarif })
        {
            using var stream = new MemoryStream();
            var writer = new StreamingReportWriter(stream, format, run.Rules, run.AsOf, null);
            writer.Complete();
            using var json = JsonDocument.Parse(stream.ToArray());
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }

        using var text = new StringWriter();
        var textWriter = new StreamingReportWriter(text, ReportFormat.Text, run.Rules, run.AsOf, null);
        textWriter.Complete();
        Assert.Equal("0 files: 0 errors, 0 warnings, 0 info, 0 suppressed.\n", text.ToString());
    }

    [Fact]
    public void Misuse_IsRefusedWithAClearError()
    {
        var run = ReportFixture.CreateRun();
        var first = new StreamingReportWriter(Stream.Null, ReportFormat.Json, run.Rules, run.AsOf, null);
        var second = new StreamingReportWriter(Stream.Null, ReportFormat.Json, run.Rules, run.AsOf, null);

        var foreign = Assert.Throws<ArgumentException>(() => second.Write(first.Prepare(run.Results[0])));
        Assert.Equal("file", foreign.ParamName);
        first.Complete();
        Assert.Throws<InvalidOperationException>(() => first.Write(run.Results[0]));
        Assert.Throws<InvalidOperationException>(first.Complete);
    }

    [Fact]
    public void SarifResultOfARuleNotGivenUpFront_HasNoRuleIndex_AndIsStillValid()
    {
        var run = ReportFixture.CreateRun();
        using var stream = new MemoryStream();
        var writer = new StreamingReportWriter(stream, ReportFormat.Sarif, [], run.AsOf, null);
        writer.Write(run.Results[0]);
        writer.Complete();

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.True(SarifSchema.Evaluate(text).IsValid, SarifSchema.Describe(SarifSchema.Evaluate(text)));
        using var sarif = JsonDocument.Parse(text);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.False(r.TryGetProperty("ruleIndex", out _)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ManyFiles_AreWrittenInPieces_NeverHeldWhole(ReportFormat format)
    {
        // The closing parts (JSON files[] and art28, SARIF's, the HTML summary table) have one entry per file: they must
        // reach the stream as they are made, or a portfolio's report is held whole in memory before it is written.
        var run = RunWithUnreadable();
        using var stream = new LargestWriteStream();
        var writer = new StreamingReportWriter(stream, format, run.Rules, run.AsOf, null);
        for (var i = 0; i < 600; i++)
        {
            foreach (var result in run.Results)
            {
                writer.Write(Renamed(result, $"portfolio/{i:D4}/{result.FilePath}"));
            }
        }

        writer.Complete();
        Assert.True(stream.Length > 250_000, $"{stream.Length} bytes");
        Assert.True(stream.LargestWrite <= 160 * 1024, $"one write of {stream.LargestWrite} bytes");
    }

    private sealed class LargestWriteStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }
    }

    private static AgreementResult Renamed(AgreementResult result, string file) => result switch
    {
        { Agreement: { } agreement } => AgreementResult.Validated(file, agreement, result.Findings, result.Lines),
        { LoadError: { } error } => AgreementResult.LoadFailed(file, error),
        _ => AgreementResult.Unreadable(file, result.ReadError!),
    };
}
