using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes a <see cref="ValidationRun"/> — one report over many agreement files — as text, JSON or SARIF 2.1.0.</summary>
/// <remarks>
/// <para>The formats are documented in <c>docs/report-format.md</c>. Every format carries the GDPR Art. 28 completeness summary
/// (<see cref="Validation.Art28Checklist"/>). Output is deterministic: the same run gives the same bytes. JSON and SARIF are UTF-8
/// without a byte-order mark, indented, with <c>\n</c> line ends and a final newline. Thread-safe.</para>
/// </remarks>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report to a text writer.</summary>
    /// <param name="run">The run.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; it is not closed.</param>
    /// <param name="options">Colour, tool version and base directory; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    public static void Write(ValidationRun run, ReportFormat format, TextWriter output, ReportWriterOptions? options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        var content = new ReportContent(run, options ?? ReportWriterOptions.Default);
        if (format == ReportFormat.Text)
        {
            TextReportWriter.Write(content, output);
            return;
        }

        output.Write(Utf8NoBom.GetString(WriteJson(content, format)));
    }

    /// <summary>Writes the report to a stream as UTF-8.</summary>
    /// <param name="run">The run.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write; it is not closed.</param>
    /// <param name="options">Colour, tool version and base directory; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    public static void Write(ValidationRun run, ReportFormat format, Stream output, ReportWriterOptions? options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        var content = new ReportContent(run, options ?? ReportWriterOptions.Default);
        if (format == ReportFormat.Text)
        {
            using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 4096, leaveOpen: true);
            TextReportWriter.Write(content, writer);
            return;
        }

        output.Write(WriteJson(content, format));
    }

    /// <summary>Formats the report as a string.</summary>
    /// <param name="run">The run.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">Colour, tool version and base directory; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    public static string Format(ValidationRun run, ReportFormat format, ReportWriterOptions? options = null)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(run, format, text, options);
        return text.ToString();
    }

    private static ReadOnlySpan<byte> WriteJson(ReportContent content, ReportFormat format)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ReportJson.WriterOptions))
        {
            switch (format)
            {
                case ReportFormat.Json:
                    JsonReportWriter.Write(content, json);
                    break;
                case ReportFormat.Sarif:
                    SarifReportWriter.Write(content, json);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
            }
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan;
    }
}
