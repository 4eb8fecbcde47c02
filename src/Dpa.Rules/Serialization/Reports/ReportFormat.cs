namespace Dpa.Rules.Serialization.Reports;

/// <summary>The formats a <see cref="ValidationRun"/> can be written in (<c>docs/report-format.md</c>).</summary>
public enum ReportFormat
{
    /// <summary>Compact text for people: grouped by file, one line per finding, a summary line.</summary>
    Text = 0,

    /// <summary>The documented JSON report for scripts.</summary>
    Json = 1,

    /// <summary>SARIF 2.1.0 for code-scanning tools such as GitHub code scanning.</summary>
    Sarif = 2,
}
