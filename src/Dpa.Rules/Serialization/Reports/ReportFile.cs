using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>What every format reports about one file, computed once from its <see cref="AgreementResult"/>.</summary>
internal sealed record FileSection(
    AgreementResult Result,
    string File,
    ImmutableArray<FindingContent> Findings,
    ImmutableArray<Art28ElementStatus> Art28,
    Counts Counts)
{
    public string Uri => ReportPaths.ToUri(File);

    /// <summary>Writes the fingerprint of <paramref name="item"/> (<see cref="ReportSession.Fingerprint(Finding, string, int)"/>) as a string value.</summary>
    public void WriteFingerprint(System.Text.Json.Utf8JsonWriter json, string propertyName, FindingContent item)
    {
        Span<char> hex = stackalloc char[ReportSession.FingerprintLength];
        ReportSession.Fingerprint(item.Finding, File, item.Ordinal, hex);
        json.WriteString(propertyName, hex);
    }

    public FileStatus Status => Result switch
    {
        { IsLoaded: true } => FileStatus.Validated,
        { LoadError: not null } => FileStatus.LoadError,
        _ => FileStatus.Unreadable,
    };
}

/// <summary>One finding with where it is in the file, and its occurrence number among the file's findings of the same rule
/// and path (the last part of its fingerprint, which only the formats that print it compute).</summary>
internal readonly record struct FindingContent(Finding Finding, int Line, int Column, int Ordinal);

/// <summary>How a file fared: validated, not a valid agreement, or not readable at all.</summary>
internal enum FileStatus
{
    Validated,
    LoadError,
    Unreadable,
}

/// <summary>Active findings per severity, and suppressed ones apart.</summary>
internal readonly record struct Counts(int Errors, int Warnings, int Infos, int Suppressed)
{
    public Counts Add(Finding finding) => finding switch
    {
        { IsSuppressed: true } => this with { Suppressed = Suppressed + 1 },
        { Severity: RuleSeverity.Error } => this with { Errors = Errors + 1 },
        { Severity: RuleSeverity.Warning } => this with { Warnings = Warnings + 1 },
        { Severity: RuleSeverity.Info } => this with { Infos = Infos + 1 },
        _ => this,
    };

    public Counts Add(Counts other) =>
        new(Errors + other.Errors, Warnings + other.Warnings, Infos + other.Infos, Suppressed + other.Suppressed);
}

/// <summary>What a report keeps of a file once its section is written: enough for the closing parts (JSON <c>files[]</c> and
/// <c>art28</c>, SARIF notifications, the summary line) and nothing else, so that memory stays small whatever the count.</summary>
internal sealed class FileSummary
{
    private readonly byte[]? _coverage;
    private readonly ImmutableArray<RuleId>[]? _gaps;

    public FileSummary(FileSection section)
    {
        File = section.File;
        Status = section.Status;
        Counts = section.Counts;
        switch (section.Result)
        {
            case { LoadError: { } error }:
                ErrorMessage = error.Reason;
                ErrorPath = error.Path;
                ErrorLine = error.LineNumber;
                ErrorColumn = error.BytePositionInLine + 1;
                break;
            case { ReadError: { } reason }:
                ErrorMessage = reason;
                break;
        }

        if (!section.Art28.IsDefault)
        {
            _coverage = new byte[section.Art28.Length];
            for (var i = 0; i < _coverage.Length; i++)
            {
                var status = section.Art28[i];
                _coverage[i] = (byte)status.Coverage;
                if (!status.GapRuleIds.IsEmpty)
                {
                    _gaps ??= new ImmutableArray<RuleId>[_coverage.Length];
                    _gaps[i] = status.GapRuleIds;
                }
            }
        }
    }

    public string File { get; }

    public string Uri => ReportPaths.ToUri(File);

    public FileStatus Status { get; }

    public Counts Counts { get; }

    public string? ErrorMessage { get; }

    public string? ErrorPath { get; }

    public long ErrorLine { get; }

    public long ErrorColumn { get; }

    public bool IsLoaded => Status == FileStatus.Validated;

    /// <summary>Gets the coverage of element <paramref name="index"/> of <see cref="Art28Checklist.Elements"/>; only for loaded files.</summary>
    public Art28Coverage Coverage(int index) => (Art28Coverage)_coverage![index];

    /// <summary>Gets the rules that make element <paramref name="index"/> a gap.</summary>
    public ImmutableArray<RuleId> GapRuleIds(int index) => _gaps?[index] is { IsDefault: false } gaps ? gaps : [];
}
