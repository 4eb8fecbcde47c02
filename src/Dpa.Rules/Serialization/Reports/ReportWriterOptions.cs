using System.Globalization;
using System.Reflection;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>How a report is written: colour, language, the tool version it names, and the directory file paths are made relative to.</summary>
public sealed record ReportWriterOptions
{
    /// <summary>Gets the defaults: no colour, the library's version, paths as given.</summary>
    public static ReportWriterOptions Default { get; } = new();

    /// <summary>Gets whether the text format uses ANSI colours; the JSON formats ignore it.</summary>
    /// <value><see langword="false"/>. Use <see cref="ShouldUseColor(bool)"/> to decide for a console.</value>
    public bool UseColor { get; init; }

    /// <summary>Gets the version reported as the tool's (SARIF <c>tool.driver.version</c>, JSON <c>tool.version</c>).</summary>
    /// <value>The library's informational version without build metadata.</value>
    public string ToolVersion { get; init; } = LibraryVersion;

    /// <summary>Gets the language of the report's own words — headings, counts, where a finding comes from, the Art. 28
    /// checklist — in the formats for people (text, HTML); findings bring their messages in the validation's culture.</summary>
    /// <value>The invariant culture (English). Dutch for <c>nl</c> and its regions; other languages fall back to English.</value>
    public CultureInfo Culture { get; init => field = value ?? throw new ArgumentNullException(nameof(Culture)); } = CultureInfo.InvariantCulture;

    /// <summary>Gets the directory that absolute file paths under it are made relative to (normally the repository root).</summary>
    /// <value><see langword="null"/>: file paths are reported as given.</value>
    public string? BaseDirectory { get; init; }

    private static string LibraryVersion
    {
        get
        {
            var version = typeof(ReportWriterOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    /// <summary>Decides whether text output to a console should be coloured: only on a terminal, and never when the
    /// <c>NO_COLOR</c> environment variable is set to a non-empty value (https://no-color.org).</summary>
    /// <param name="outputIsTerminal">Whether the output goes to a terminal rather than a file or pipe.</param>
    /// <returns>Whether to colour.</returns>
    public static bool ShouldUseColor(bool outputIsTerminal) =>
        ShouldUseColor(outputIsTerminal, Environment.GetEnvironmentVariable("NO_COLOR"));

    internal static bool ShouldUseColor(bool outputIsTerminal, string? noColor) => outputIsTerminal && string.IsNullOrEmpty(noColor);
}
