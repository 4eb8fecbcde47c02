using Dpa.Rules.Authoring;
using NodaTime;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>Writes one report over any number of agreement files as their results come, in constant memory: each file's part is
/// written when it is added, and only a small summary per file is kept for the closing parts.</summary>
/// <remarks>
/// <para><see cref="Prepare"/> renders a file's part and may be called on many threads at once; <see cref="Write(PreparedReportFile)"/>
/// writes prepared parts in the order they are given and, like <see cref="Complete"/>, is for one thread at a time. The bytes
/// are those <see cref="ReportWriter"/> writes for a <see cref="ValidationRun"/> of the same results and rules, whichever thread
/// prepared what. JSON and SARIF are one document (SARIF with one run); text and the one-line format stream as they are.</para>
/// <para>The rules must be given up front: SARIF lists them before the results. A finding of a rule not among them is still
/// reported, without a SARIF <c>ruleIndex</c>.</para>
/// </remarks>
public sealed class StreamingReportWriter
{
    private readonly ReportSink _sink;
    private readonly ReportSession _session;
    private readonly ReportFormatter _formatter;
    private readonly List<FileSummary> _files = [];
    private Counts _totals;
    private bool _begun;
    private bool _completed;

    /// <summary>Creates a writer of UTF-8 to a stream (no byte-order mark).</summary>
    /// <param name="output">Where to write; it is not closed.</param>
    /// <param name="format">The format.</param>
    /// <param name="rules">Every rule of the run's rule set (and any other rule whose findings may come).</param>
    /// <param name="asOf">The evaluation date of the validation.</param>
    /// <param name="options">Colour, language, tool version and base directory; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    public StreamingReportWriter(Stream output, ReportFormat format, IEnumerable<RuleDescriptor> rules, LocalDate asOf, ReportWriterOptions? options)
        : this(ReportSink.Of(output ?? throw new ArgumentNullException(nameof(output))), format, rules, asOf, options)
    {
    }

    /// <summary>Creates a writer to a text writer.</summary>
    /// <param name="output">Where to write; it is not closed.</param>
    /// <param name="format">The format.</param>
    /// <param name="rules">Every rule of the run's rule set (and any other rule whose findings may come).</param>
    /// <param name="asOf">The evaluation date of the validation.</param>
    /// <param name="options">Colour, language, tool version and base directory; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    public StreamingReportWriter(TextWriter output, ReportFormat format, IEnumerable<RuleDescriptor> rules, LocalDate asOf, ReportWriterOptions? options)
        : this(ReportSink.Of(output ?? throw new ArgumentNullException(nameof(output))), format, rules, asOf, options)
    {
    }

    private StreamingReportWriter(ReportSink sink, ReportFormat format, IEnumerable<RuleDescriptor> rules, LocalDate asOf, ReportWriterOptions? options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _sink = sink;
        _session = new ReportSession(rules, asOf, options ?? ReportWriterOptions.Default);
        _formatter = ReportFormatter.Create(format, _session);
    }

    /// <summary>Gets the number of files written so far.</summary>
    public int FileCount => _files.Count;

    /// <summary>Gets whether a file written so far has an active error-severity finding (the CLI's exit code 1).</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Gets whether a file written so far could not be read or loaded (the CLI's exit code 2).</summary>
    public bool HasLoadErrors { get; private set; }

    /// <summary>Renders one file's part of the report. Thread-safe; the result is written with <see cref="Write(PreparedReportFile)"/>.</summary>
    /// <param name="result">The file's result.</param>
    /// <returns>The prepared part.</returns>
    public PreparedReportFile Prepare(AgreementResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var section = _session.Describe(result);
        return new PreparedReportFile(this, _formatter.Render(section), new FileSummary(section), section.Counts.Errors > 0);
    }

    /// <summary>Writes a prepared file's part; the parts appear in the order they are written.</summary>
    /// <param name="file">A part this writer prepared.</param>
    /// <exception cref="ArgumentException"><paramref name="file"/> was prepared by another writer.</exception>
    /// <exception cref="InvalidOperationException">The report is complete.</exception>
    public void Write(PreparedReportFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!ReferenceEquals(file.Owner, this))
        {
            throw new ArgumentException("The file was prepared by another report writer: its rules and options may differ.", nameof(file));
        }

        EnsureBegun();
        _formatter.Append(_sink, file.Section);
        _files.Add(file.Summary);
        _totals = _totals.Add(file.Summary.Counts);
        HasErrors |= file.HasErrors;
        HasLoadErrors |= !file.IsLoaded;
    }

    /// <summary>Prepares and writes one file's part.</summary>
    /// <param name="result">The file's result.</param>
    public void Write(AgreementResult result) => Write(Prepare(result));

    /// <summary>Writes the closing parts (the summary, the Art. 28 summary over all files) and flushes. Call once, after the last file.</summary>
    /// <exception cref="InvalidOperationException">The report is already complete.</exception>
    public void Complete()
    {
        EnsureBegun();
        _completed = true;
        _formatter.End(_sink, _files, _totals);
        _sink.Flush();
    }

    private void EnsureBegun()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The report is complete: nothing more can be written.");
        }

        if (!_begun)
        {
            _begun = true;
            _formatter.Begin(_sink);
        }
    }
}
