namespace Dpa.Rules.Serialization.Reports;

/// <summary>The formats a <see cref="ValidationRun"/> can be written in (<c>docs/report-format.md</c>).</summary>
public enum ReportFormat
{
    /// <summary>Text for people: per file the findings grouped by severity with their clauses, the Art. 28 summary; a summary line.</summary>
    Text = 0,

    /// <summary>The documented JSON report for scripts.</summary>
    Json = 1,

    /// <summary>SARIF 2.1.0 for code-scanning tools such as GitHub code scanning.</summary>
    Sarif = 2,

    /// <summary>One line per finding, <c>file(line,column): error DPA4002: message</c>, the shape CI problem matchers and editors read.</summary>
    Msbuild = 3,

    /// <summary>One self-contained HTML page for people: findings by Art. 28 element, the coverage as a picture, the deadlines as timelines.</summary>
    Html = 4,
}
