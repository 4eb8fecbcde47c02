namespace Dpa.Rules.Serialization.Reports;

/// <summary>One file's part of a report, rendered by <see cref="StreamingReportWriter.Prepare"/> on any thread and written in
/// order by <see cref="StreamingReportWriter.Write(PreparedReportFile)"/>.</summary>
/// <remarks><para>Holds the rendered bytes and a small summary, not the agreement: preparing many files ahead costs only
/// their report text. Immutable.</para></remarks>
public sealed class PreparedReportFile
{
    internal PreparedReportFile(StreamingReportWriter owner, byte[] section, FileSummary summary, bool hasErrors)
    {
        Owner = owner;
        Section = section;
        Summary = summary;
        HasErrors = hasErrors;
    }

    /// <summary>Gets the file's path as the report shows it.</summary>
    public string File => Summary.File;

    /// <summary>Gets whether the file was loaded and validated.</summary>
    public bool IsLoaded => Summary.IsLoaded;

    /// <summary>Gets whether the file has an active error-severity finding.</summary>
    public bool HasErrors { get; }

    internal StreamingReportWriter Owner { get; }

    internal byte[] Section { get; }

    internal FileSummary Summary { get; }
}
