using System.Diagnostics;
using System.Text;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Reliability;

/// <summary>Inputs too big to commit, made at test time: each is rejected with a typed error, quickly and in bounded memory.</summary>
/// <remarks><para>Bounds are loose on purpose (CI machines vary): 512 MiB allocated for 50 MB, which a streaming or linear reader
/// meets many times over while a quadratic or unbounded one does not; time is bounded only against hangs (30 s), speed being
/// the benchmarks' to measure.</para></remarks>
public sealed class LargeInputTests
{
    private const int FiftyMegabytes = 50 * 1000 * 1000;

    private static readonly string Head = "{\n  \"formatVersion\": 1,\n  \"document\": {\n    \"status\": \"draft\",\n    \"title\": \"";

    private static readonly string Tail = "\"\n  },\n  \"parties\": { \"processor\": { \"name\": \"P\" } }\n}\n";

    private static AgreementFormatException Measured(Func<object> load, long maxBytes = 512L * 1024 * 1024)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<AgreementFormatException>(load);
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // Only a guard against a hang or a quadratic step: speed is the benchmarks' to measure, and a shared CI machine under
        // load once took 2.1 s here for what takes 0.2 s on an idle one.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"Took {watch.Elapsed.TotalMilliseconds:F0} ms.");
        Assert.True(allocated < maxBytes, $"Allocated {allocated / (1024 * 1024)} MiB.");
        return ex;
    }

    private static byte[] WithTitleOf(int length, byte fill = (byte)'a')
    {
        var head = Encoding.UTF8.GetBytes(Head);
        var tail = Encoding.UTF8.GetBytes(Tail);
        var bytes = new byte[head.Length + length + tail.Length];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, length).Fill(fill);
        tail.CopyTo(bytes, head.Length + length);
        return bytes;
    }

    [Fact]
    public void FiftyMegabyteString_AsBytes_IsRejectedAsTooLarge()
    {
        var bytes = WithTitleOf(FiftyMegabytes);

        var ex = Measured(() => AgreementJson.Load(bytes), maxBytes: 64L * 1024 * 1024);

        Assert.Equal(("$", 1L), (ex.Path, ex.LineNumber));
        Assert.Contains("larger than the limit of 16 MiB", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyMegabyteString_FromAStream_StopsReadingAtTheLimit()
    {
        using var stream = new MemoryStream(WithTitleOf(FiftyMegabytes));

        var ex = Measured(() => AgreementJson.Load(stream));

        Assert.Contains("larger than the limit", ex.Reason, StringComparison.Ordinal);
        Assert.True(stream.Position < 20 * 1024 * 1024, $"Read {stream.Position} bytes of a 50 MB stream.");
    }

    [Fact]
    public void FiftyMegabyteString_AsText_IsRejectedAsTooLarge()
    {
        var json = Head + new string('a', FiftyMegabytes) + Tail;

        var ex = Measured(() => AgreementJson.Parse(json));

        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void FiftyMegabyteFile_IsRejectedAsTooLarge_AndNamesTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dpa-large-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, WithTitleOf(FiftyMegabytes));
        try
        {
            var ex = Measured(() => AgreementJson.LoadFile(file));

            Assert.Equal((file, "$"), (ex.FileName, ex.Path));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void TwoMegabyteString_InADocumentUnderTheLimit_NamesTheString()
    {
        var ex = Measured(() => AgreementJson.Load(WithTitleOf(2 * 1024 * 1024)));

        Assert.Equal(("$.document.title", 5L), (ex.Path, ex.LineNumber));
        Assert.Contains("longer than the limit of 1024 KiB", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MillionLevelsOfNesting_IsRejectedAtTheDepthLimit()
    {
        var json = Head[..Head.LastIndexOf('"')] + new string('[', 1_000_000) + new string(']', 1_000_000) + Tail[1..];

        var ex = Measured(() => AgreementJson.Parse(json));

        Assert.StartsWith("$.document.title[0]", ex.Path, StringComparison.Ordinal);
        Assert.Contains("nested more than 64 levels", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FifteenMegabytesOfArrayElements_AreReadInBoundedTimeAndMemory()
    {
        // Just under the document limit: 1.5 million short texts, a valid agreement that must still load.
        var builder = new StringBuilder("{\"formatVersion\":1,\"document\":{\"status\":\"draft\"},\"parties\":{\"processor\":{}},\"processing\":{\"nature\":[");
        const int Count = 1_500_000;
        for (var i = 0; i < Count; i++)
        {
            builder.Append(i == 0 ? "\"abcdefg\"" : ",\"abcdefg\"");
        }

        var bytes = Encoding.UTF8.GetBytes(builder.Append("]}}").ToString());
        var watch = Stopwatch.StartNew();

        var agreement = AgreementJson.Load(bytes);

        Assert.Equal(Count, agreement.Processing.Nature.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Took {watch.Elapsed.TotalMilliseconds:F0} ms.");
    }

    [Fact]
    public void HundredThousandSubProcessors_TheReportIsBoundedByTheRules_NotTheInput()
    {
        // A valid 4 MB agreement whose 100,000 sub-processors each give two findings: the report used to list all 200,000
        // (a 130 MB JSON report). Time and memory per MB are the benchmark's to measure (LargeAgreementBenchmarks), not this test's.
        var bytes = Dpa.Rules.Tests.Validation.RepeatedFindingsTests.WithSubProcessorsOutsideTheEea(100_000);
        var agreement = AgreementJson.Load(bytes);

        var report = Dpa.Rules.Validation.AgreementValidator.Default.Validate(agreement, Dpa.Rules.Validation.ValidationOptions.Default with { AsOf = new NodaTime.LocalDate(2025, 11, 1) });
        var run = new Dpa.Rules.Serialization.Reports.ValidationRun(
            [Dpa.Rules.Serialization.Reports.AgreementResult.Validated("big.json", agreement, report, Dpa.Rules.Serialization.Reports.AgreementLineIndex.Create(bytes))],
            report.Rules,
            report.AsOf);
        var json = Dpa.Rules.Serialization.Reports.ReportWriter.Format(run, Dpa.Rules.Serialization.Reports.ReportFormat.Json);

        Assert.True(bytes.Length > 4_000_000, $"{bytes.Length} bytes.");
        Assert.InRange(report.Findings.Length, 2 * 101, report.Rules.Length * 101);
        Assert.All(report.Findings.GroupBy(f => f.RuleId), group => Assert.InRange(group.Count(), 1, 101));
        Assert.True(json.Length < 1024 * 1024, $"The JSON report is {json.Length} characters.");
        Assert.Equal(report.IsValid, report.Findings.All(f => f.Severity != Dpa.Rules.Authoring.RuleSeverity.Error));
    }
}
