using System.Text;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes a <see cref="ValidationRun"/> — one report over many agreement files — as text, JSON, SARIF 2.1.0 or one line
/// per finding.</summary>
/// <remarks>
/// <para>The formats are documented in <c>docs/report-format.md</c>. Every format but the one-line one carries the GDPR Art. 28
/// completeness summary (<see cref="Validation.Art28Checklist"/>). Output is deterministic: the same run gives the same bytes,
/// the bytes <see cref="StreamingReportWriter"/> writes for the same results. JSON and SARIF are UTF-8 without a byte-order
/// mark, indented, with <c>\n</c> line ends and a final newline. Thread-safe.</para>
/// </remarks>
public static class ReportWriter
{
    /// <summary>Writes the report to a text writer.</summary>
    /// <param name="run">The run.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; it is not closed.</param>
    /// <param name="options">Colour, language, tool version and base directory; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    public static void Write(ValidationRun run, ReportFormat format, TextWriter output, ReportWriterOptions? options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        WriteAll(run, new StreamingReportWriter(output, format, run.Rules, run.AsOf, options));
    }

    /// <summary>Writes the report to a stream as UTF-8.</summary>
    /// <param name="run">The run.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; it is not closed.</param>
    /// <param name="options">Colour, language, tool version and base directory; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    public static void Write(ValidationRun run, ReportFormat format, Stream output, ReportWriterOptions? options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        WriteAll(run, new StreamingReportWriter(output, format, run.Rules, run.AsOf, options));
    }

    /// <summary>Formats the report as a string.</summary>
    /// <param name="run">The run.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">Colour, language, tool version and base directory; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    public static string Format(ValidationRun run, ReportFormat format, ReportWriterOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(run, format, buffer, options);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteAll(ValidationRun run, StreamingReportWriter writer)
    {
        foreach (var result in run.Results)
        {
            writer.Write(result);
        }

        writer.Complete();
    }
}
