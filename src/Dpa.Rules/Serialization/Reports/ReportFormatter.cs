namespace Dpa.Rules.Serialization.Reports;

/// <summary>One report format, written in three parts: the opening, one section per file (rendered on any thread, written in
/// order), and the closing parts that sum up.</summary>
internal abstract class ReportFormatter(ReportSession session)
{
    protected ReportSession Session { get; } = session;

    public static ReportFormatter Create(ReportFormat format, ReportSession session) => format switch
    {
        ReportFormat.Text => new TextReportWriter(session),
        ReportFormat.Json => new JsonReportWriter(session),
        ReportFormat.Sarif => new SarifReportWriter(session),
        ReportFormat.Msbuild => new MsbuildReportWriter(session),
        ReportFormat.Html => new HtmlReportWriter(session),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Writes what precedes the first file.</summary>
    public abstract void Begin(ReportSink sink);

    /// <summary>Renders one file's section as UTF-8; must be thread-safe and depend on nothing but the session and the file.</summary>
    public abstract byte[] Render(FileSection file);

    /// <summary>Writes a rendered section, in the order of the files.</summary>
    public abstract void Append(ReportSink sink, byte[] section);

    /// <summary>Writes what follows the last file.</summary>
    public abstract void End(ReportSink sink, IReadOnlyList<FileSummary> files, Counts totals);
}
